package nl.veiligthuis.keten.platform.beveiliging;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Documents, on every operation, that it needs a bearer token, that it may answer 401 and 403, and who it admits
 * ({@code x-toegang}: roles and scopes), as the service's {@link Toegangsregels} say. Matched on the document's path
 * templates, so a pattern's {@code *} matches a {@code {gezinId}}.
 */
class ToegangDocumentatie implements OpenApiCustomizer {

    private final Supplier<List<Toegangsregel>> regels;

    ToegangDocumentatie(Supplier<List<Toegangsregel>> regels) {
        this.regels = regels;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(BeveiligingConfiguration.SCHEMA, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("OAuth2 access token (JWT) van de identity provider van de keten, met de claims sub, "
                        + "organisatie en rol (of, voor een partnersysteem, scope); rollen en scopes per operatie "
                        + "staan in x-toegang (docs/security.md)."));
        for (Map.Entry<String, PathItem> pad : openApi.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operatie : pad.getValue().readOperationsMap().entrySet()) {
                documenteer(pad.getKey(), HttpMethod.valueOf(operatie.getKey().name()), operatie.getValue());
            }
        }
    }

    private void documenteer(String pad, HttpMethod methode, Operation operatie) {
        operatie.addSecurityItem(new SecurityRequirement().addList(BeveiligingConfiguration.SCHEMA));
        if (operatie.getResponses() == null) {
            operatie.setResponses(new ApiResponses());
        }
        operatie.getResponses().putIfAbsent("401",
                new ApiResponse().description("Geen of geen geldig bearer-token (problem+json)"));
        operatie.getResponses().putIfAbsent("403",
                new ApiResponse().description("Het token geeft geen toegang tot deze operatie (problem+json)"));
        PathContainer container = PathContainer.parsePath(pad);
        regels.get().stream()
                .filter(regel -> regel.methode().equals(methode))
                .filter(regel -> PathPatternParser.defaultInstance.parse(regel.patroon()).matches(container))
                .findFirst()
                .ifPresent(regel -> {
                    Map<String, Object> toegang = new LinkedHashMap<>();
                    toegang.put("rollen", regel.elkeOrganisatie()
                            ? List.of(HttpMethod.GET.equals(methode) ? "elke organisatie behalve BEHEERDER"
                                    : "elke organisatie behalve BEHEERDER en INSPECTEUR")
                            : List.copyOf(new TreeSet<>(regel.rollen())));
                    toegang.put("scopes", List.copyOf(new TreeSet<>(regel.scopes())));
                    operatie.addExtension("x-toegang", toegang);
                });
    }
}
