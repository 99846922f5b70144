package nl.veiligthuis.keten.wijkteam.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing wijkteam-service store upgrades to the split of tasks (issue 14 point 11, migration V2_18): a further
 * handover that joined a zaak in treatment, and stayed with it, waits for an overleg, so the zaak carries
 * TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT from when it joined, as a herbouw derives it.
 */
class TaakverdelingMigratieIntegrationTest {

    @Test
    void issue14_aHandoverThatJoinedAZaakInTreatmentWaitsForASplitOfTasks() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("wijkteam_taakverdeling"),
                infra.username(), infra.password());
        migraties(database).target("2.17").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // zaak-1: joined after the acceptance; zaak-2: joined before it; zaak-3: split off; zaak-4: returned
        zaak(jdbc, "zaak-1", "IN_BEHANDELING");
        gevoegd(jdbc, "zaak-1", "ov-1", "2027-03-10T10:00:00Z", null);
        gevoegd(jdbc, "zaak-1", "ov-2", "2027-03-12T10:00:00Z", null);
        zaak(jdbc, "zaak-2", "IN_BEHANDELING");
        gevoegd(jdbc, "zaak-2", "ov-3", "2027-02-20T10:00:00Z", null);
        zaak(jdbc, "zaak-3", "IN_BEHANDELING");
        gevoegd(jdbc, "zaak-3", "ov-4", "2027-03-10T10:00:00Z", "zaak-9");
        zaak(jdbc, "zaak-4", "TERUGGEMELD");
        gevoegd(jdbc, "zaak-4", "ov-5", "2027-03-10T10:00:00Z", null);

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT zaak_id || ' ' || to_char(sinds AT TIME ZONE 'UTC', 'YYYY-MM-DD') "
                + "FROM zaak_signaal WHERE signaal = 'TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT' ORDER BY zaak_id",
                String.class)).containsExactly("zaak-1 2027-03-10");
        assertThat(jdbc.queryForList("SELECT overdracht_id FROM zaak_taakverdeling_nodig ORDER BY overdracht_id",
                String.class)).containsExactly("ov-1", "ov-2");
    }

    private static void zaak(JdbcTemplate jdbc, String zaakId, String status) {
        jdbc.update("INSERT INTO zaak_overzicht (zaak_id, gezin_id, overdracht_id, melding_id, route, gemeente, "
                + "status, geopend_op, geaccepteerd_op) VALUES (?, 'gezin', ?, 'melding', 'NA_TRIAGE', 'Vlaardingen', "
                + "?, '2027-03-01T10:00:00Z', '2027-03-01T12:00:00Z')", zaakId, "o-" + zaakId, status);
    }

    private static void gevoegd(JdbcTemplate jdbc, String zaakId, String overdrachtId, String op, String naar) {
        jdbc.update("INSERT INTO zaak_gevoegde_overdracht (zaak_id, overdracht_id, melding_id, route, gemeente, "
                + "status, gevoegd_op, afgesplitst_naar) VALUES (?, ?, 'melding-2', 'NA_TRIAGE', 'Vlaardingen', "
                + "'GEACCEPTEERD', ?::timestamptz, ?)", zaakId, overdrachtId, op, naar);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/wijkteam-service")
                .outOfOrder(true);
    }
}
