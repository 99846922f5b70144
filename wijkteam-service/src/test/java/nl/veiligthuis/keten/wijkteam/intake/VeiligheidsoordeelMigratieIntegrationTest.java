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
 * An existing wijkteam-service store upgrades to the freshness signal (issue 14 point 9, migration V2_14): a zaak's
 * oldest current child oordeel is each child's latest assessment or plan evaluation (whose moment the migration takes
 * from the evaluation), the oldest of them; a zaak without one has none.
 */
class VeiligheidsoordeelMigratieIntegrationTest {

    @Test
    void issue14_theZakenFromBeforeGetTheMomentOfTheirOldestCurrentChildOordeel() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("wijkteam_oordeel"),
                infra.username(), infra.password());
        migraties(database).target("2.13").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        for (String zaak : List.of("zaak-1", "zaak-2", "zaak-3")) {
            jdbc.update("INSERT INTO zaak_overzicht (zaak_id, gezin_id, overdracht_id, melding_id, route, gemeente, "
                    + "status, geopend_op) VALUES (?, 'gezin', ?, 'melding', 'NA_TRIAGE', 'Vlaardingen', "
                    + "'IN_BEHANDELING', now())", zaak, "o-" + zaak);
        }
        // zaak-1: the son judged twice (the latest counts), the daughter once, earlier
        inschatting(jdbc, "zaak-1", 1, "zoon", "2027-01-01T10:00:00Z");
        inschatting(jdbc, "zaak-1", 2, "dochter", "2027-02-01T10:00:00Z");
        inschatting(jdbc, "zaak-1", 3, "zoon", "2027-03-01T10:00:00Z");
        // zaak-3: the child judged again at a plan evaluation: the evaluation's moment counts
        inschatting(jdbc, "zaak-3", 1, "kind", "2027-01-01T10:00:00Z");
        jdbc.update("INSERT INTO intake_evaluatieoordeel (zaak_id, volgnummer, lid_id, oordeel) "
                + "VALUES ('zaak-3', 2, 'kind', 'VEILIG')");
        jdbc.update("INSERT INTO veiligheidsplan_evaluatie (zaak_id, volgnummer, versie, vergelijking, "
                + "afspraken_nagekomen, geevalueerd_op, volgende_evaluatie_op, op_tijd, medewerker_naam) VALUES "
                + "('zaak-3', 2, 1, '[]', true, '2027-04-01T10:00:00Z', '2027-05-01T10:00:00Z', true, 'x')");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT zaak_id || ' ' || coalesce(to_char(oudste_oordeel_op AT TIME ZONE 'UTC', "
                + "'YYYY-MM-DD'), '-') FROM zaak_overzicht ORDER BY zaak_id", String.class))
                .containsExactly("zaak-1 2027-02-01", "zaak-2 -", "zaak-3 2027-04-01");
        assertThat(jdbc.queryForObject("SELECT to_char(vastgelegd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM "
                + "intake_evaluatieoordeel WHERE zaak_id = 'zaak-3'", String.class)).isEqualTo("2027-04-01");
    }

    private static void inschatting(JdbcTemplate jdbc, String zaakId, long volgnummer, String lidId, String op) {
        jdbc.update("INSERT INTO intake_veiligheidsinschatting (zaak_id, volgnummer, lid_id, instrument, oordeel, "
                + "onderbouwing, vastgelegd_op) VALUES (?, ?, ?, 'ETM', 'VEILIG', 'x', ?::timestamptz)", zaakId,
                volgnummer, lidId, op);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/wijkteam-service")
                .outOfOrder(true);
    }
}
