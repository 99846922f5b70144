package nl.veiligthuis.keten.platform.beveiliging;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Documents the bearer scheme and, on every operation under a protected path, that it needs a token and may
 * answer 401. Matched on the document's path templates, so a pattern's {@code *} matches a {@code {gezinId}}.
 */
class BearerDocumentatie implements OpenApiCustomizer {

    private final Supplier<List<String>> patronen;

    BearerDocumentatie(Supplier<List<String>> patronen) {
        this.patronen = patronen;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<PathPattern> beveiligd = patronen.get().stream().map(PathPatternParser.defaultInstance::parse).toList();
        if (beveiligd.isEmpty() || openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BeveiligingConfiguration.SCHEMA, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("OAuth2 access token (JWT) van de identity provider van de keten, met de claims "
                        + "sub, organisatie en rol (ADR 0003)."));
        for (Map.Entry<String, PathItem> pad : openApi.getPaths().entrySet()) {
            PathContainer container = PathContainer.parsePath(pad.getKey());
            if (beveiligd.stream().anyMatch(patroon -> patroon.matches(container))) {
                pad.getValue().readOperations().forEach(BearerDocumentatie::vraagToken);
            }
        }
    }

    private static void vraagToken(Operation operatie) {
        operatie.addSecurityItem(new SecurityRequirement().addList(BeveiligingConfiguration.SCHEMA));
        if (operatie.getResponses() == null) {
            operatie.setResponses(new ApiResponses());
        }
        operatie.getResponses().putIfAbsent("401",
                new ApiResponse().description("Geen of geen geldig bearer-token (problem+json)"));
    }
}
