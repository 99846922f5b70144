package nl.veiligthuis.keten.triage.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 3: who started a triage is the token's pseudonymous subject, stored with the triagist's name and
 * number (R3, encrypted: point 6) in the event; the topic names them by that subject only, never by name or number.
 */
class HandelendePersoonIntegrationTest extends TriageKetenBasis {

    @Test
    void issue13_theTriagistIsRecordedAsTheTokensSubject() throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var start = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST",
                "/api/v1/triages/" + melding.meldingId() + "/start",
                "{\"triagist\": {\"naam\": \"Iemand Anders\", \"telefoon\": \"010-1234567\"}}");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);

        byte[] opgeslagen = jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.TriageGestart'""", byte[].class,
                melding.meldingId());
        // the subject in the open (a pseudonym), the name and number only as ciphertext under the gezin's key (R21)
        assertThat(new String(opgeslagen, StandardCharsets.UTF_8))
                .contains("\"subject\":\"test-vt-1\"", "\"naam\":\"pg:v1:" + melding.gezinId() + ":")
                .doesNotContain("Iemand Anders", "010-1234567");
        // published by the event store's processor, after the command: awaited
        var event = awaitPublished("triage-gestart", melding.gezinId());
        String data = new String(event.data(), StandardCharsets.UTF_8);
        assertThat(data).contains("\"subject\":\"test-vt-1\"").doesNotContain("Iemand", "010-1234567");
        EventContract.assertValid("triage-gestart.v1", event.data());
    }
}
