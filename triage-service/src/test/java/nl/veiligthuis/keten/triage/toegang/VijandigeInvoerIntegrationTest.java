package nl.veiligthuis.keten.triage.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 8 in triage-service: every invalid field of a besluit at once, text only as text, and an oversized
 * one unread.
 */
class VijandigeInvoerIntegrationTest extends TriageKetenBasis {

    @Test
    void issue13_aBesluitNamesEveryInvalidFieldAndAnOversizedOneIsRefused() throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId() + "/besluit";

        var antwoord = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", pad, """
                {"uitkomst": "WEGGOOIEN", "triagist": {"naam": "<script>alert(1)</script>", "telefoon": {"nummer": 10}},
                 "ernst": ["ZORGEN_OVER_VEILIGHEID"], "onderbouwing": " ", "geheim": true}""");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(antwoord.body()).get("invalidParams").forEach(veld -> velden.add(veld.get("name").asString()));
        // a professional's name refuses markup, as a family member's does (issue 13 point 8)
        assertThat(velden).containsExactlyInAnyOrder("ernst", "geheim", "onderbouwing", "triagist.naam",
                "triagist.telefoon", "uitkomst");

        // a number or a boolean is not text: named with every other invalid field, never read as "101"
        var getallen = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", pad, """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": 42, "telefoon": 101},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": true, "geheim": 1}""");
        assertThat(getallen.statusCode()).as(getallen.body()).isEqualTo(400);
        List<String> nietTekst = new ArrayList<>();
        JSON.readTree(getallen.body()).get("invalidParams").forEach(veld -> nietTekst.add(veld.get("name").asString()));
        assertThat(nietTekst).containsOnly("triagist.naam", "triagist.telefoon", "onderbouwing", "geheim");

        var teGroot = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", pad,
                "{\"onderbouwing\": \"" + "x".repeat(300 * 1024) + "\"}");
        assertThat(teGroot.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("status").asString())
                .isEqualTo("WACHT_OP_TRIAGE");
    }
}
