package nl.veiligthuis.keten.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3: the OpenAPI document describes every endpoint of triage-service with examples.
 */
class OpenApiDocumentatieIntegrationTest extends TriageKetenBasis {

    @Test
    void everyEndpointIsDescribedWithExamples() throws Exception {
        // issue 3: the OpenAPI document describes every endpoint with examples
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        assertThat(openApi.path("paths").propertyNames()).isNotEmpty();
        assertThat(nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden.ontbrekend(openApi)).isEmpty();
    }
}
