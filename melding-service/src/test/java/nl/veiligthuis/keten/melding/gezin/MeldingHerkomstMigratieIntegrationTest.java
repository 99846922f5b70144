package nl.veiligthuis.keten.melding.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * R21, an existing melding-service store upgraded (migration V2_6): each melding stored before gets the gezin it was
 * first in and the one its last koppeling put it in, from the event store, so that erasing a gezin also erases a gezin
 * whose meldingen all went to it. On the embedded PostgreSQL, with the service's own migrations, as an upgrade runs
 * them.
 */
class MeldingHerkomstMigratieIntegrationTest {

    private static final String ONTVANGEN = "nl.veiligthuis.keten.melding.melding.MeldingOntvangen";
    private static final String GEKOPPELD = "nl.veiligthuis.keten.melding.melding.MeldingAanGezinGekoppeld";

    @Test
    void r21_theMeldingenStoredBeforeKnowTheirFirstAndTheirCurrentGezin() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("melding_migratie"),
                infra.username(), infra.password());
        migraties(database).target("2.5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        event(jdbc, "m-1", 0, ONTVANGEN, "{\"meldingId\": \"m-1\", \"gezinId\": \"g-a\"}");
        event(jdbc, "m-1", 1, GEKOPPELD, "{\"meldingId\": \"m-1\", \"vorigGezinId\": \"g-a\", \"gezinId\": \"g-b\"}");
        event(jdbc, "m-1", 2, GEKOPPELD, "{\"meldingId\": \"m-1\", \"vorigGezinId\": \"g-b\", \"gezinId\": \"g-c\"}");
        event(jdbc, "m-2", 0, ONTVANGEN, "{\"meldingId\": \"m-2\", \"gezinId\": \"g-d\"}");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT melding_id || ':' || eerste_gezin_id || '>' || gezin_id "
                + "FROM melding_herkomst ORDER BY melding_id", String.class))
                .containsExactly("m-1:g-a>g-c", "m-2:g-d>g-d");
    }

    private static void event(JdbcTemplate jdbc, String meldingId, long volgnummer, String type, String payload) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload)
                VALUES (?, ?, ?, 'Melding', '2026-01-01T00:00:00Z', ?, NULL, ?)""", meldingId + "-" + volgnummer,
                meldingId, volgnummer, type, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/melding-service")
                .outOfOrder(true);
    }
}
