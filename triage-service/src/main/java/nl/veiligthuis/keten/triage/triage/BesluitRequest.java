package nl.veiligthuis.keten.triage.triage;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.Naam;
import nl.veiligthuis.keten.triage.overdracht.ToestemmingRequest;

/** Body of {@code POST /api/v1/triages/{meldingId}/besluit} (R3). */
public record BesluitRequest(
        @Schema(example = "OVERDRACHT_LOKAAL_VELD") @NotNull Uitkomst uitkomst,
        @NotNull @Valid TriagistRequest triagist,
        @Schema(example = "ZORGEN_OVER_VEILIGHEID") @NotNull Ernst ernst,
        @Schema(description = "De afweging (R3): waarom deze uitkomst",
                example = "Geen acute onveiligheid; ouders staan open voor hulp bij de opvoeding")
        @NotBlank @Size(max = 10_000) String onderbouwing,
        @Schema(description = "Advies aan het wijkteam; verplicht bij OVERDRACHT_LOKAAL_VELD (R7)",
                example = "Start opvoedondersteuning; betrek school")
        @Size(max = 10_000) String advies,
        @Schema(description = "Bij OVERDRACHT_LOKAAL_VELD (R17): deelt het gezin zijn gegevens met het wijkteam met "
                + "toestemming, of zonder toestemming om een veiligheidsreden. Ontbreekt het, dan is de grond voor het "
                + "delen niet vastgelegd en meldt de inspectietoets dat")
        @Valid ToestemmingRequest toestemming) {

    /** R3: the triagist's name and direct number, so the wijkteam can find who did the triage. */
    public record TriagistRequest(@Schema(example = "J. de Vries") @NotBlank @Naam @Size(max = 200) String naam,
                                  @Schema(example = "010-1234567") @NotBlank @Size(max = 50) String telefoon) {

        Triagist triagist() {
            return new Triagist(naam, telefoon, Beller.huidige().map(Beller::subject).orElse(null));
        }
    }
}
