package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The worklists per gemeente and team on the running service: open zaken with their signals, returns per gezin. */
class WerkvoorraadIntegrationTest extends WijkteamKetenBasis {

    @Test
    void theWorklistsPerGemeenteAndTeamShowOpenZakenWithSignalsAndReturnsPerGezin() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        // the gezin's first zaak went back to Veilig Thuis; its next handover opens a new one (R10: never two at once)
        String teruggemeld = zaakVan(gezinId);
        accepteer(teruggemeld, "Westwijk");
        assertThat(post("/api/v1/zaken/" + teruggemeld + "/terugmelding",
                terugmelding("\"ONVOLDOENDE_MIDDELEN\"")).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> "TERUGGEMELD".equals(
                JSON.readTree(get("/api/v1/zaken/" + teruggemeld).body()).get("status").asString()));
        String westwijk = zaakVan(gezinId);
        String nieuw = zaakVan(UUID.randomUUID().toString());
        String holy = zaakVan(UUID.randomUUID().toString());
        accepteer(westwijk, "Westwijk");
        accepteer(holy, "Holy");

        JsonNode gemeente = JSON.readTree(get("/api/v1/werkvoorraad?gemeente=vlaardingen").body());
        assertThat(zaakIds(gemeente)).contains(westwijk, nieuw, holy).doesNotContain(teruggemeld);
        JsonNode team = JSON.readTree(get("/api/v1/werkvoorraad?gemeente=Vlaardingen&team=Westwijk").body());
        // a handover no team accepted yet is in front of every team of the gemeente
        assertThat(zaakIds(team)).contains(westwijk, nieuw).doesNotContain(holy, teruggemeld);
        JsonNode zaak = zaakIn(team, westwijk);
        assertThat(zaak.get("team").asString()).isEqualTo("Westwijk");
        assertThat(zaak.get("status").asString()).isEqualTo("IN_BEHANDELING");
        // R10: no regisseur is a signal on the team's worklist
        assertThat(zaak.get("signalen").toString()).contains("GEEN_REGISSEUR");
        // R9: the gezin's returns to VT travel with its open zaak and are listed per gezin
        assertThat(zaak.get("terugmeldingenGezin").asInt()).isEqualTo(1);
        JsonNode perGezin = null;
        for (JsonNode rij : team.get("terugmeldingenPerGezin")) {
            if (rij.get("gezinId").asString().equals(gezinId)) {
                perGezin = rij;
            }
        }
        assertThat(perGezin).isNotNull();
        assertThat(perGezin.get("aantal").asInt()).isEqualTo(1);
        assertThat(zaakIn(team, nieuw).get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");
        assertThat(zaakIn(team, nieuw).get("team").isNull()).isTrue();

        var zonderGemeente = get("/api/v1/werkvoorraad?team=Westwijk");
        assertProblem(zonderGemeente, 400);
        assertThat(invalidParams(zonderGemeente)).containsExactly("gemeente");
    }
}
