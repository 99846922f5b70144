package nl.veiligthuis.keten.melding.terugkoppeling;

import static org.assertj.core.api.Assertions.assertThat;

import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing melding-service store upgrades to the dispatch of letters (issue 14 point 5, migration V2_7): the new
 * processing group starts at the beginning of the event store, not at its head, so the letters made before, never
 * sent, are queued too; the read model's letters answered the first decision of their moment. On the embedded
 * PostgreSQL, with the service's own migrations. (That the group then queues them: TerugkoppelingIntegrationTest,
 * whose context starts from these tokens.)
 */
class BezorgingMigratieIntegrationTest {

    @Test
    void r6_issue14_theOutboxStartsAtTheBeginningSoTheLettersMadeBeforeAreQueuedToo() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("melding_bezorging"),
                infra.username(), infra.password());
        migraties(database).target("2.6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("INSERT INTO terugkoppeling (melding_id, moment, melder_type, vervolgroute, partners, tekst, "
                + "verstuurd_op) VALUES ('melding-1', 'NA_TRIAGE', 'PROFESSIONAL', 'OVERGEDRAGEN_AAN_WIJKTEAM', "
                + "ARRAY['Wijkteam Vlaardingen'], 'Geachte melder, ...', now())");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT segment || ' ' || (token IS NULL) || ' ' || (owner IS NULL) "
                + "FROM token_entry WHERE processor_name = 'terugkoppeling-uitgang' ORDER BY segment", String.class))
                .containsExactly("0 true true", "1 true true", "2 true true", "3 true true");
        assertThat(jdbc.queryForObject("SELECT aanleiding FROM terugkoppeling WHERE melding_id = 'melding-1'",
                String.class)).isEqualTo("triage-ronde-1");
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/melding-service")
                .outOfOrder(true);
    }
}
