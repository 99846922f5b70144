package nl.veiligthuis.keten.triage.overdracht;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;

/** Whether the family consented to sharing their information with the wijkteam, and if not, why it is shared (R17). */
@Schema(description = "R17: toestemming van het gezin om te delen met het wijkteam, of zonder toestemming de "
        + "veiligheidsreden om toch te delen")
public record ToestemmingRequest(
        @Schema(example = "true") @NotNull Boolean gegeven,
        @Schema(example = "Moeder weigert; de kinderen zijn niet veilig zonder hulp van het wijkteam.",
                description = "Alleen zonder toestemming, en dan verplicht: waarom delen nodig is voor de veiligheid")
        @Size(max = 4000) String redenZonderToestemming) {

    /** @param veld where this object sits in the body, to name the field a 400 is about */
    public Toestemming toestemming(String veld) {
        String reden = redenZonderToestemming == null || redenZonderToestemming.isBlank() ? null
                : redenZonderToestemming.strip();
        if (!gegeven && reden == null) {
            throw new OngeldigeInvoer(veld + ".redenZonderToestemming",
                    "zonder toestemming van het gezin wordt alleen gedeeld met de veiligheidsreden daarvoor (R17)",
                    "R17");
        }
        return new Toestemming(gegeven, gegeven ? null : reden);
    }

    public static Toestemming van(ToestemmingRequest request, String veld) {
        return request == null ? null : request.toestemming(veld);
    }
}
