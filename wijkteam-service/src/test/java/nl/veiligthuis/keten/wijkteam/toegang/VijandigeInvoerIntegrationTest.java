package nl.veiligthuis.keten.wijkteam.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.junit.jupiter.api.Test;

/** Issue 13 point 8 in wijkteam-service: every invalid field of a gezinslid at once; nothing registered. */
class VijandigeInvoerIntegrationTest extends WijkteamKetenBasis {

    @Test
    void issue13_aGezinslidNamesEveryInvalidFieldAndChangesNothing() throws Exception {
        String zaakId = zaakVan(UUID.randomUUID().toString());
        long voor = eventsVan(zaakId);
        var antwoord = Toegangsmatrix.als(port, Testtokens.wijkteammedewerker(), "POST",
                "/api/v1/zaken/" + zaakId + "/gezinsleden", """
                {"rol": "BUURMAN", "persoonId": "<script>", "aanduiding": {"tekst": "x"},
                 "medewerker": {"naam": " "}, "bsn": "111222333"}""");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(antwoord.body()).get("invalidParams").forEach(veld -> velden.add(veld.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("aanduiding", "bsn", "medewerker.naam", "persoonId", "rol");
        assertThat(eventsVan(zaakId)).isEqualTo(voor);

        // a professional's name refuses markup and statement characters, as a family member's does (point 8)
        var naam = Toegangsmatrix.als(port, Testtokens.wijkteammedewerker(), "POST",
                "/api/v1/zaken/" + zaakId + "/gezinsleden", """
                {"rol": "KIND", "medewerker": {"naam": "Fatima'; DROP TABLE zaak_overzicht; --"}}""");
        assertThat(naam.statusCode()).as(naam.body()).isEqualTo(400);
        assertThat(JSON.readTree(naam.body()).get("invalidParams").get(0).get("name").asString())
                .isEqualTo("medewerker.naam");
        assertThat(eventsVan(zaakId)).isEqualTo(voor);
    }
}
