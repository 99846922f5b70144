package nl.veiligthuis.keten.monitoring.aanvulling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an aanvulling is about: the chain's resource that holds the recorded value and, optionally, the value's field.
 * Ids and names of fields only, never the value itself.
 */
public record Betreft(
        @Schema(description = "het object in de keten: het pad van zijn REST-resource",
                example = "/api/v1/meldingen/3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71")
        @NotBlank @Size(max = 300)
        @Pattern(regexp = "/api/v1/[a-z]+(/[0-9a-fA-F-]{36})+(/[a-z]+)?",
                message = "moet het pad van een object in de keten zijn, zoals /api/v1/meldingen/<id>")
        String object,
        @Schema(description = "het gegeven van dat object", example = "omschrijving")
        @Size(max = 100) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9.\\[\\]]*",
                message = "moet de naam van een gegeven zijn, zoals omschrijving of gezin.leden[0].geboortedatum")
        String gegeven) {
}
