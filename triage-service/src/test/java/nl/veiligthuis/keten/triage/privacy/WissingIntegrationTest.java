package nl.veiligthuis.keten.triage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import nl.veiligthuis.keten.testinfra.Bytescan;
import nl.veiligthuis.keten.testinfra.Herbouwen;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 point 6 (R21) in triage-service: the triagist's name and number and the reasoning are encrypted in the
 * event store; an erasure destroys the gezin's key and rebuilds the read models from the store, after which they hold
 * {@code [gewist]} and no byte of the erased data is readable anywhere in the service's database, while the decision
 * itself (uitkomst, ernst, moments) stays.
 */
class WissingIntegrationTest extends TriageKetenBasis {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProjectieHerbouw herbouw;

    @Test
    void r21_anErasureReachesTheReadModelsAndLeavesTheCourseOfTheCase() throws Exception {
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        String naam = "Triagist" + uniek;
        String onderbouwing = "Afweging over dit gezin " + uniek;
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId();
        HttpResponse<String> besluit = post(pad + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "%s", "telefoon": "010-5550%s"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "%s", "advies": "Advies %s",
                 "toestemming": {"gegeven": true}}""".formatted(naam, uniek.substring(0, 3), onderbouwing, uniek));
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(pad).body()).path("onderbouwing")
                .asString(), onderbouwing::equals);
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(Bytescan.database(eigenaar, List.of(naam, onderbouwing))).as("read model before erasure")
                .allSatisfy(vondst -> assertThat(vondst).doesNotStartWith("domain_event_entry"));

        Instant gewistOp = Instant.now().minusSeconds(1);
        HttpResponse<String> wissing = Toegangsmatrix.als(port, Testtokens.beheerder(), "POST",
                "/api/v1/beheer/wissingen", "{\"gezinId\": \"" + melding.gezinId() + "\"}");
        assertThat(wissing.statusCode()).as(wissing.body()).isEqualTo(200);

        JsonNode gewist = await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(get(pad).body()),
                triage -> Ontsleuteling.GEWIST.equals(triage.path("onderbouwing").asString()));
        assertThat(gewist.at("/triagist/naam").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(gewist.get("uitkomst").asString()).isEqualTo("OVERDRACHT_LOKAAL_VELD");
        assertThat(gewist.get("ernst").asString()).isEqualTo("ZORGEN_OVER_VEILIGHEID");
        Herbouwen.wachtTotKlaar(jdbc, gewistOp, herbouw.herbouwbaar().size(), Duration.ofSeconds(60));
        assertThat(Bytescan.database(eigenaar, List.of(naam, onderbouwing, "Advies " + uniek))).isEmpty();
    }
}
