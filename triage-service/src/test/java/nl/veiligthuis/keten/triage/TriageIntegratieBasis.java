package nl.veiligthuis.keten.triage;

import nl.veiligthuis.keten.testinfra.DienstIntegratieBasis;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the integration tests of triage-service (issue 12 point 4). Every context joins the
 * service's Kafka consumer group; with a context per test class the group split the partitions between them, and a
 * record one class sent could be handled by another class's context on another database. Extending this class gives
 * every test the same configuration, so Spring reuses one context. The classes that move the clock run after the
 * others ({@code WachtlijstIntegrationTest}, then {@code TermijnIntegrationTest}, which closes the context after
 * itself with {@code @DirtiesContext}): a moved clock fires deadlines, and events arriving during, say, a herbouw
 * would make its comparison differ.
 * {@code TransactieIntegrationTest} adds a failing projection and so runs a context of its own, in a consumer group of
 * its own, first ({@code junit-platform.properties} orders the classes).
 */
@SpringBootTest(classes = TriageServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + TriageServiceApplication.NAAM,
                // R5's gauges refreshed at once and every half second, for WachtlijstIntegrationTest
                "keten.wachtlijst.metrics.eerste-verversing=PT0S", "keten.wachtlijst.metrics.verversing=PT0.5S"})
public abstract class TriageIntegratieBasis extends DienstIntegratieBasis {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "triage");
    }
}
