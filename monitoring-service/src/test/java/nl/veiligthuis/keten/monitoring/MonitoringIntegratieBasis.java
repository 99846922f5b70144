package nl.veiligthuis.keten.monitoring;

import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for the integration tests of monitoring-service (issue 12 point 4): every context would join
 * the service's Kafka consumer group, and the group would split the partitions between contexts on different
 * databases. A test class that extends this one shares the context.
 */
@SpringBootTest(classes = MonitoringServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + MonitoringServiceApplication.NAAM)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MonitoringIntegratieBasis {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("monitoring").forEach((key, value) -> registry.add(key, () -> value));
        // R18: tokens minted in the tests with the development key (ADR 0003)
        registry.add(DevToken.PUBLIC_KEY_PROPERTY, () -> DevToken.PUBLIC_KEY_LOCATION);
    }
}
