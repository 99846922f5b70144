package nl.veiligthuis.keten.wijkteam;

import nl.veiligthuis.keten.testinfra.DienstIntegratieBasis;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for all integration tests of wijkteam-service. Every context would join the service's Kafka
 * consumer group with its own fresh database, and the group would split the partitions between them: a record sent
 * by one test class could then be handled by another class's context. Sharing the configuration here makes Spring
 * reuse one context (a test that moves the clock closes it with @DirtiesContext).
 */
@SpringBootTest(classes = WijkteamServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + WijkteamServiceApplication.NAAM,
                "keten.stuurinformatie.metrics.eerste-verversing=PT0S",
                "keten.stuurinformatie.metrics.verversing=PT0.5S"})
public abstract class WijkteamIntegratieBasis extends DienstIntegratieBasis {

    /** REST and Kafka helpers against this context: zaken opened, posted to and read back. */
    protected WijkteamApi api;

    @BeforeAll
    void verbindApi() {
        api = new WijkteamApi(port);
    }

    @AfterAll
    void sluitApi() {
        api.close();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "wijkteam");
    }
}
