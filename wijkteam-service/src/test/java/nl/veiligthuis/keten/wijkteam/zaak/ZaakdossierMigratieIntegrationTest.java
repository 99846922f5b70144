package nl.veiligthuis.keten.wijkteam.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing wijkteam-service store upgrades to the group's new name (issue 12 point 2, migration V2_10): the
 * positions of "zaak-overzicht" become those of "zaakdossier", so the renamed processor continues where it was and
 * replays nothing, and the herbouw history moves with it. On the embedded PostgreSQL, with the service's own
 * migrations, as an upgrade runs them.
 */
class ZaakdossierMigratieIntegrationTest {

    @Test
    void r19_theRenamedGroupKeepsItsPositionsAndItsHerbouwHistory() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("wijkteam_migratie"),
                infra.username(), infra.password());
        migraties(database).target("2.9").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        for (int segment = 0; segment < 4; segment++) {
            jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, owner) "
                    + "VALUES ('zaak-overzicht', ?, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken', NULL)",
                    segment, ("positie-" + segment).getBytes());
        }
        jdbc.update("INSERT INTO token_entry (processor_name, segment) VALUES ('kafka-publisher', 0)");
        jdbc.update("INSERT INTO projectie_herbouw (herbouw_id, projectie, status, gestart_op) "
                + "VALUES ('h-1', 'zaak-overzicht', 'KLAAR', now())");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT processor_name FROM token_entry ORDER BY processor_name, segment",
                String.class)).isEqualTo(List.of("kafka-publisher", "zaakdossier", "zaakdossier", "zaakdossier",
                "zaakdossier"));
        assertThat(jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM token_entry "
                + "WHERE processor_name = 'zaakdossier' ORDER BY segment", String.class))
                .containsExactly("positie-0", "positie-1", "positie-2", "positie-3");
        assertThat(jdbc.queryForObject("SELECT projectie FROM projectie_herbouw WHERE herbouw_id = 'h-1'",
                String.class)).isEqualTo(ZaakdossierDigest.GROEP);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/wijkteam-service")
                .outOfOrder(true);
    }
}
