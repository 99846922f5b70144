package nl.veiligthuis.keten.melding;

import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.DienstIntegratieBasis;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the integration tests of melding-service (issue 12 point 4). Every context joins the
 * service's Kafka consumer group; with a context per test class the group split the partitions between them, and a
 * record one class sent could be handled by another class's context on another database. Extending this class gives
 * every test the same configuration, so Spring reuses one context. (The two-instance test runs instances of its own
 * in a group of its own.)
 */
@SpringBootTest(classes = MeldingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + MeldingServiceApplication.NAAM)
public abstract class MeldingIntegratieBasis extends DienstIntegratieBasis {

    /** What the service published on {@code keten.melding.v1}, read from the start in this class's own group. */
    protected final TopicReader meldingTopic = TopicReader.of(KetenTopics.MELDING);

    @AfterAll
    void sluitTopicReader() {
        meldingTopic.close();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "melding");
        // R6: letters go to a real HTTP endpoint, retried quickly so the tests see a retry and a given-up letter
        registry.add("keten.terugkoppeling.bezorging.url", () -> Postbus.get().url());
        registry.add("keten.terugkoppeling.contactpersoon.url", () -> Postbus.get().basis());
        registry.add("keten.terugkoppeling.contactpersoon.authorization", () -> Postbus.CONTACTTOKEN);
        registry.add("keten.terugkoppeling.bezorging.interval", () -> "PT1S");
        registry.add("keten.terugkoppeling.bezorging.eerste-wachttijd", () -> "PT1S");
        registry.add("keten.terugkoppeling.bezorging.max-pogingen", () -> "3");
    }
}
