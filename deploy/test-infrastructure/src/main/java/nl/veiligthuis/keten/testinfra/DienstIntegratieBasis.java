package nl.veiligthuis.keten.testinfra;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service's integration-test base shares (issue 12 point 4): one test instance per class, the running
 * service's port and its database. A service's base adds its {@code @SpringBootTest} and registers the test
 * infrastructure ({@link TestInfrastructure#registreer}); every integration test of the service extends that base,
 * so Spring starts one context per service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DienstIntegratieBasis {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * The events stored for these aggregates. "Bad input changes nothing" is asserted per aggregate the request
     * could touch: the context is shared, so another test's deadline or record may append elsewhere meanwhile.
     */
    protected long eventsVan(String... aggregates) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ANY(?)",
                Long.class, (Object) aggregates);
    }

    /**
     * The events that API requests caused: their metadata names who acted (platform {@code HandelendeCorrelatie}).
     * "Bad input changes nothing" for a request that names no aggregate yet: the events a Kafka record or a deadline
     * of another test appends meanwhile in the shared context name no one.
     */
    protected long eventsDoorVerzoeken() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(? in meta_data) > 0",
                Long.class, (Object) "\"handelendeRol\"".getBytes(StandardCharsets.UTF_8));
    }
}
