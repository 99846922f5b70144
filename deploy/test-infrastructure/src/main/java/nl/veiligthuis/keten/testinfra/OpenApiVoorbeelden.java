package nl.veiligthuis.keten.testinfra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Finds what an OpenAPI document leaves undocumented: an operation without a summary, a parameter without an
 * example, or a request body field without an example. Enums and booleans document themselves. Used by the tests
 * so that "every endpoint is described with examples" stays true as endpoints are added.
 */
public final class OpenApiVoorbeelden {

    private static final Set<String> METHODES = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiVoorbeelden() {
    }

    /** One line per gap, e.g. {@code POST /api/v1/x body.naam: no example}; empty when complete. */
    public static List<String> ontbrekend(JsonNode openApi) {
        List<String> gaten = new ArrayList<>();
        JsonNode schemas = openApi.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> pad : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operatie : pad.getValue().properties()) {
                if (!METHODES.contains(operatie.getKey())) {
                    continue;
                }
                String naam = operatie.getKey().toUpperCase() + " " + pad.getKey();
                JsonNode op = operatie.getValue();
                if (op.path("summary").asString("").isBlank()) {
                    gaten.add(naam + ": no summary");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (!heeftVoorbeeld(parameter) && !zelfbeschrijvend(parameter.path("schema"))
                            && !heeftVoorbeeld(parameter.path("schema"))) {
                        gaten.add(naam + " parameter " + parameter.path("name").asString() + ": no example");
                    }
                }
                for (JsonNode inhoud : op.path("requestBody").path("content")) {
                    if (!heeftVoorbeeld(inhoud)) {
                        controleer(inhoud.path("schema"), naam + " body", schemas, gaten, new HashSet<>());
                    }
                }
            }
        }
        return gaten;
    }

    private static void controleer(JsonNode schema, String plaats, JsonNode schemas, List<String> gaten,
                                   Set<String> bezocht) {
        if (heeftVoorbeeld(schema) || zelfbeschrijvend(schema)) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            String naam = ref.substring(ref.lastIndexOf('/') + 1);
            if (bezocht.add(naam)) {
                controleer(schemas.path(naam), plaats, schemas, gaten, bezocht);
            }
            return;
        }
        if (schema.has("properties")) {
            for (Map.Entry<String, JsonNode> veld : schema.path("properties").properties()) {
                controleer(veld.getValue(), plaats + "." + veld.getKey(), schemas, gaten, bezocht);
            }
            return;
        }
        if (schema.has("items") && (schema.path("items").has("$ref") || schema.path("items").has("properties"))) {
            controleer(schema.path("items"), plaats + "[]", schemas, gaten, bezocht);
            return;
        }
        gaten.add(plaats + ": no example");
    }

    private static boolean heeftVoorbeeld(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    private static boolean zelfbeschrijvend(JsonNode schema) {
        return schema.has("enum") || "boolean".equals(schema.path("type").asString(""))
                || (schema.has("items") && schema.path("items").has("enum"));
    }
}
