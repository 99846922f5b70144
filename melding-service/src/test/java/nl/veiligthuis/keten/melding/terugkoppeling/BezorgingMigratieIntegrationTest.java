package nl.veiligthuis.keten.melding.terugkoppeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing melding-service store upgrades to the dispatch of letters (issue 14 point 5, migration V2_7): the
 * letters made before, never sent, are queued from the event store, and the new processing group starts right after
 * them, so none is queued twice or missed. On the embedded PostgreSQL, with the service's own migrations.
 */
class BezorgingMigratieIntegrationTest {

    private static final String VERSTUURD = "nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd";

    @Test
    void r6_issue14_theLettersMadeBeforeDispatchExistedAreQueuedOnceAndTheOutboxStartsAfterThem() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("melding_bezorging"),
                infra.username(), infra.password());
        migraties(database).target("2.6").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        event(jdbc, "e-1", "melding-1", 0, "nl.veiligthuis.keten.melding.melding.MeldingOntvangen",
                "{\"meldingId\":\"melding-1\"}");
        event(jdbc, "e-2", "melding-1", 1, VERSTUURD, """
                {"meldingId":"melding-1","gezinId":"gezin-1","moment":"NA_TRIAGE","melderType":"PROFESSIONAL",
                 "vervolgroute":"OVERGEDRAGEN_AAN_WIJKTEAM","partners":["Wijkteam Vlaardingen"],
                 "tekst":"Geachte melder, ...","verstuurdOp":"2026-11-24T10:00:01Z"}""");
        event(jdbc, "e-3", "melding-2", 0, VERSTUURD, """
                {"meldingId":"melding-2","gezinId":"gezin-2","moment":"NA_ONDERZOEK","melderType":"POLITIE",
                 "vervolgroute":"OVERGEDRAGEN_AAN_WIJKTEAM","partners":[],"tekst":"Geachte melder, na onderzoek",
                 "verstuurdOp":"2026-11-25T10:00:01Z"}""");
        jdbc.update("INSERT INTO terugkoppeling (melding_id, moment, melder_type, vervolgroute, partners, tekst, "
                + "verstuurd_op) VALUES ('melding-1', 'NA_TRIAGE', 'PROFESSIONAL', 'OVERGEDRAGEN_AAN_WIJKTEAM', "
                + "ARRAY['Wijkteam Vlaardingen'], 'Geachte melder, ...', now())");

        migraties(database).load().migrate();

        assertThat(jdbc.queryForList("SELECT bezorging_id || ' ' || melding_id || ' ' || moment || ' ' || aanleiding "
                + "|| ' ' || status || ' ' || tekst FROM terugkoppeling_bezorging ORDER BY bezorging_id", String.class))
                .containsExactly("e-2 melding-1 NA_TRIAGE triage-ronde-1 WACHTEND Geachte melder, ...",
                        "e-3 melding-2 NA_ONDERZOEK onderzoek WACHTEND Geachte melder, na onderzoek");
        assertThat(jdbc.queryForList("SELECT convert_from(token, 'UTF8') FROM token_entry "
                + "WHERE processor_name = 'terugkoppeling-uitgang' ORDER BY segment", String.class))
                .isEqualTo(List.of("{\"index\":3,\"gaps\":[]}", "{\"index\":3,\"gaps\":[]}",
                        "{\"index\":3,\"gaps\":[]}", "{\"index\":3,\"gaps\":[]}"));
        // the read model's letters answered the first decision of their moment
        assertThat(jdbc.queryForObject("SELECT aanleiding FROM terugkoppeling WHERE melding_id = 'melding-1'",
                String.class)).isEqualTo("triage-ronde-1");
    }

    @Test
    void r6_issue14_onAnEmptyStoreAxonStartsTheOutboxItself() {
        TestInfrastructure infra = TestInfrastructure.get();
        DriverManagerDataSource database = new DriverManagerDataSource(infra.freshDatabase("melding_bezorging_leeg"),
                infra.username(), infra.password());
        migraties(database).load().migrate();
        assertThat(new JdbcTemplate(database).queryForObject("SELECT count(*) FROM token_entry", Long.class))
                .isZero();
    }

    private static void event(JdbcTemplate jdbc, String id, String aggregaat, long volgnummer, String type,
                              String json) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload) VALUES (?, ?, ?, 'Melding', "
                + "'2026-11-24T10:00:01Z', ?, '1', convert_to(?, 'UTF8'))", id, aggregaat, volgnummer, type, json);
    }

    /** The locations and order the service's Flyway uses (KetenDefaults). */
    private static FluentConfiguration migraties(DriverManagerDataSource database) {
        return Flyway.configure().dataSource(database)
                .locations("classpath:db/platform", "classpath:db/migration/melding-service")
                .outOfOrder(true);
    }
}
