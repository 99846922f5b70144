package nl.veiligthuis.keten.wijkteam.intake;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing wijkteam-service store upgrades to the adults an assessment covers (issue 14 point 9, migration V2_16):
 * an assessment from before named none, so a zaak in treatment with an assessed child and a registered parent or
 * (ex-)partner carries INSCHATTING_NIET_OVER_ALLE_OUDERS from the moment both were there, as a herbouw derives it.
 */
class InschattingVolwassenenMigratieIntegrationTest {

    @Test
    void issue14_zakenFromBeforeWithAnAssessedChildAndAParentCarryTheSignalFromWhenBothWereThere() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("wijkteam_volwassenen"),
                infra.username(), infra.password());
        migraties(database).target("2.15").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // zaak-1: mother registered 1 Feb, child assessed 2 Feb; zaak-2: no parent; zaak-3: returned to VT
        zaak(jdbc, "zaak-1", true);
        lid(jdbc, "zaak-1", "moeder", "OUDER", "2027-02-01T10:00:00Z");
        lid(jdbc, "zaak-1", "kind", "KIND", "2027-02-01T10:05:00Z");
        inschatting(jdbc, "zaak-1", "kind", "2027-02-02T10:00:00Z");
        zaak(jdbc, "zaak-2", true);
        lid(jdbc, "zaak-2", "kind", "KIND", "2027-02-01T10:05:00Z");
        inschatting(jdbc, "zaak-2", "kind", "2027-02-02T10:00:00Z");
        zaak(jdbc, "zaak-3", false);
        lid(jdbc, "zaak-3", "vader", "EX_PARTNER", "2027-02-01T10:00:00Z");
        lid(jdbc, "zaak-3", "kind", "KIND", "2027-02-01T10:05:00Z");
        inschatting(jdbc, "zaak-3", "kind", "2027-02-02T10:00:00Z");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT zaak_id || ' ' || to_char(sinds AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') "
                + "FROM zaak_signaal WHERE signaal = 'INSCHATTING_NIET_OVER_ALLE_OUDERS' ORDER BY zaak_id", String.class))
                .containsExactly("zaak-1 2027-02-02 10:00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM intake_veiligheidsinschatting WHERE volwassenen IS NULL",
                Integer.class)).isEqualTo(3);
    }

    private static void zaak(JdbcTemplate jdbc, String zaakId, boolean inBehandeling) {
        jdbc.update("INSERT INTO intake_zaak (zaak_id, in_behandeling) VALUES (?, ?)", zaakId, inBehandeling);
    }

    private static void lid(JdbcTemplate jdbc, String zaakId, String lidId, String rol, String op) {
        jdbc.update("INSERT INTO intake_gezinslid (zaak_id, lid_id, rol, geregistreerd_op) VALUES (?, ?, ?, "
                + "?::timestamptz)", zaakId, lidId, rol, op);
    }

    private static void inschatting(JdbcTemplate jdbc, String zaakId, String lidId, String op) {
        jdbc.update("INSERT INTO intake_veiligheidsinschatting (zaak_id, volgnummer, lid_id, instrument, oordeel, "
                + "onderbouwing, vastgelegd_op) VALUES (?, 1, ?, 'ETM', 'VEILIG', 'x', ?::timestamptz)", zaakId,
                lidId, op);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/wijkteam-service")
                .outOfOrder(true);
    }
}
