package nl.veiligthuis.keten.monitoring.betrokkenheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13 point 2, an existing monitoring-service store upgraded (migration V2_12): a zaak accepted before this
 * version gets the team that accepted it from the handover's facts on the timeline, so the team scope holds for it
 * too; an involvement without a team stays the whole organisation's. On the embedded PostgreSQL, with the service's
 * own migrations, as an upgrade runs them.
 */
class BetrokkenheidTeamsMigratieIntegrationTest {

    private static final String GEACCEPTEERD = "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1";

    @Test
    void issue13_aZaakAcceptedBeforeTheUpgradeKeepsItsTeam() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("monitoring_migratie"),
                infra.username(), infra.password());
        migraties(database).target("2.11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        betrokken(jdbc, "gezin-1", "Wijkteam Rotterdam", "OVERDRACHT", "zaak-1");
        betrokken(jdbc, "gezin-2", "Wijkteam Rotterdam", "OVERDRACHT", "zaak-2");
        betrokken(jdbc, "gezin-3", "Wijkteam Rotterdam", "OVERDRACHT", "zaak-3b");
        betrokken(jdbc, "gezin-4", "Wijkteam Rotterdam", "OVERDRACHT", "zaak-4b");
        betrokken(jdbc, "gezin-1", "Veilig Thuis Rotterdam-Rijnmond", "MELDING", null);
        geaccepteerd(jdbc, "e-1", "gezin-1", "{\"zaakId\": \"zaak-1\", \"team\": \"Noord\"}");
        geaccepteerd(jdbc, "e-2", "gezin-2", "{\"zaakId\": \"zaak-2\"}");
        // two zaken of one gezin, accepted by two teams: both read it, as when the events came in live
        geaccepteerd(jdbc, "e-3a", "gezin-3", "{\"zaakId\": \"zaak-3a\", \"team\": \"Noord\"}");
        geaccepteerd(jdbc, "e-3b", "gezin-3", "{\"zaakId\": \"zaak-3b\", \"team\": \"Zuid\"}");
        // one of them without a team: the whole organisation, as live
        geaccepteerd(jdbc, "e-4a", "gezin-4", "{\"zaakId\": \"zaak-4a\"}");
        geaccepteerd(jdbc, "e-4b", "gezin-4", "{\"zaakId\": \"zaak-4b\", \"team\": \"Zuid\"}");

        // issue 14 point 4: zaak-4a closed before the upgrade
        gebeurtenis(jdbc, "e-4c", "gezin-4", "nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1",
                "{\"zaakId\": \"zaak-4a\"}");

        migraties(database).load().migrate();

        // issue 14 point 4 (V2_15): the organisation stays involved until the last of its zaken for the gezin closes
        assertThat(lopendeZaken(jdbc, "gezin-3")).containsExactlyInAnyOrder("zaak-3a", "zaak-3b");
        assertThat(lopendeZaken(jdbc, "gezin-4")).containsExactly("zaak-4b");
        assertThat(lopendeZaken(jdbc, "gezin-1")).containsExactly("zaak-1");
        assertThat(teams(jdbc, "gezin-1", "Wijkteam Rotterdam")).containsExactly("Noord");
        assertThat(teams(jdbc, "gezin-2", "Wijkteam Rotterdam")).as("accepted without a team").isEmpty();
        assertThat(teams(jdbc, "gezin-3", "Wijkteam Rotterdam")).containsExactlyInAnyOrder("Noord", "Zuid");
        assertThat(teams(jdbc, "gezin-4", "Wijkteam Rotterdam")).isEmpty();
        assertThat(teams(jdbc, "gezin-1", "Veilig Thuis Rotterdam-Rijnmond")).isEmpty();
    }

    private static void betrokken(JdbcTemplate jdbc, String gezinId, String organisatie, String grond, String zaakId) {
        jdbc.update("INSERT INTO ketenbetrokkenheid (gezin_id, organisatie, grond, rol, zaak_id, sinds) "
                + "VALUES (?, ?, ?, 'WIJKTEAM', ?, now())", gezinId, organisatie, grond, zaakId);
    }

    private static void geaccepteerd(JdbcTemplate jdbc, String eventId, String gezinId, String feiten) {
        gebeurtenis(jdbc, eventId, gezinId, GEACCEPTEERD, feiten);
    }

    private static List<String> lopendeZaken(JdbcTemplate jdbc, String gezinId) {
        return jdbc.queryForList("SELECT unnest(lopende_zaken) FROM ketenbetrokkenheid WHERE gezin_id = ? "
                + "AND organisatie = 'Wijkteam Rotterdam'", String.class, gezinId);
    }

    private static void gebeurtenis(JdbcTemplate jdbc, String eventId, String gezinId, String ceType, String feiten) {
        jdbc.update("""
                INSERT INTO tijdlijn_gebeurtenis (event_id, gezin_id, type, ce_type, tijdstip, bron, actor, samenvatting,
                    kafka_topic, kafka_partition, kafka_offset, ontvangen_op, feiten)
                VALUES (?, ?, 'OVERDRACHT_GEACCEPTEERD', ?, now(), 'wijkteam-service',
                    '{"rol": "WIJKTEAM", "organisatie": "Wijkteam Rotterdam"}'::jsonb, 'geaccepteerd',
                    'keten.wijkteam.v1', 0, 0, now(), CAST(? AS jsonb))""", eventId, gezinId, ceType, feiten);
    }

    private static List<String> teams(JdbcTemplate jdbc, String gezinId, String organisatie) {
        return jdbc.queryForList("SELECT unnest(teams) FROM betrokkenheid WHERE gezin_id = ? AND organisatie = ?",
                String.class, gezinId, organisatie);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/monitoring-service")
                .outOfOrder(true);
    }
}
