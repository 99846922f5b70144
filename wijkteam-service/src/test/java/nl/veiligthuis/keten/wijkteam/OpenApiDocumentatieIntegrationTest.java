package nl.veiligthuis.keten.wijkteam;

import static org.assertj.core.api.Assertions.assertThat;

import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** D6: every wijkteam endpoint documented with examples in the OpenAPI document. */
class OpenApiDocumentatieIntegrationTest extends WijkteamKetenBasis {

    @Test
    void d6_theWijkteamEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/v1/openapi.json").body());
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode schemas = doc.at("/components/schemas");
        for (String veld : new String[] {"naam", "telefoon", "organisatie"}) {
            assertThat(schemas.at("/RegisseurRequest/properties/" + veld + "/example").isMissingNode()).isFalse();
        }
        assertThat(schemas.at("/RegisseurToewijzingRequest/properties/reden/example").isMissingNode()).isFalse();
        JsonNode paden = doc.get("paths");
        JsonNode terugmelding = paden.get("/api/v1/zaken/{zaakId}/terugmelding").get("post");
        assertThat(terugmelding.get("summary").asString()).contains("R9", "R16");
        JsonNode body = terugmelding.at("/requestBody/content/application~1json");
        assertThat(body.at("/schema/$ref").asString()).endsWith("/TerugmeldingRequest");
        assertThat(body.get("examples").size()).isEqualTo(2);
        assertThat(paden.get("/api/v1/zaken/{zaakId}/acceptatie").at("/post/requestBody/content/application~1json")
                .get("examples").size()).isEqualTo(2);
        JsonNode regisseur = paden.get("/api/v1/zaken/{zaakId}/regisseur").get("post");
        assertThat(regisseur.get("summary").asString()).contains("R10");
        assertThat(regisseur.at("/requestBody/content/application~1json/examples").size()).isEqualTo(2);
        assertThat(paden.get("/api/v1/zaken/{zaakId}/regie").at("/get/summary").asString()).contains("R10");
        assertThat(paden.get("/api/v1/zaken").at("/get/parameters/0/example").isMissingNode()).isFalse();
        assertThat(paden.get("/api/v1/zaken/{zaakId}").at("/get/parameters/0/example").isMissingNode()).isFalse();
    }
}
