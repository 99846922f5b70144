package nl.veiligthuis.keten.wijkteam;

import nl.veiligthuis.keten.embedded.TestInfrastructure;
import org.junit.jupiter.api.TestInstance;
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
        properties = "spring.config.name=" + WijkteamServiceApplication.NAAM)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WijkteamIntegratieBasis {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("wijkteam").forEach((key, value) -> registry.add(key, () -> value));
    }
}
