package nl.veiligthuis.keten.wijkteam.gezinsregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing wijkteam-service store upgrades to the Gezinsregie (issue 14 point 4, migration V2_12): the zaken that
 * were lopend become the fixed list a gezin's first handover after the upgrade joins, so an upgrade does not give a
 * gezin a second zaak. On the embedded PostgreSQL, with the service's own migrations, as an upgrade runs them.
 */
class GezinsregieMigratieIntegrationTest {

    @Test
    void r10_theZakenLopendBeforeTheUpgradeAreTheOnesTheGezinsNextHandoverJoins() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("wijkteam_gezinsregie"),
                infra.username(), infra.password());
        migraties(database).target("2.11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        zaak(jdbc, "zaak-ontvangen", "gezin-1", "OVERDRACHT_ONTVANGEN");
        zaak(jdbc, "zaak-in-behandeling", "gezin-2", "IN_BEHANDELING");
        zaak(jdbc, "zaak-teruggemeld", "gezin-1", "TERUGGEMELD");
        zaak(jdbc, "zaak-afgesloten", "gezin-3", "AFGESLOTEN");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT gezin_id || '/' || zaak_id FROM gezinsregie_voorloper ORDER BY gezin_id",
                String.class)).isEqualTo(List.of("gezin-1/zaak-ontvangen", "gezin-2/zaak-in-behandeling"));
    }

    private static void zaak(JdbcTemplate jdbc, String zaakId, String gezinId, String status) {
        jdbc.update("INSERT INTO zaak_overzicht (zaak_id, gezin_id, overdracht_id, melding_id, route, gemeente, status,"
                + " geopend_op) VALUES (?, ?, ?, ?, 'NA_TRIAGE', 'Vlaardingen', ?, now())", zaakId, gezinId,
                "o-" + zaakId, "m-" + zaakId, status);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/wijkteam-service")
                .outOfOrder(true);
    }
}
