package nl.veiligthuis.keten.wijkteam.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * wijkteam-service's reading of {@code nl.veilig-thuis.keten.triage.overdracht-gedaan.v1}: only the fields it
 * needs, those it cannot open a zaak without constrained; an unknown route does not read at all. Unknown fields are
 * ignored because payload changes are additive.
 */
record OverdrachtGedaanV1(@NotBlank String overdrachtId, @NotBlank String meldingId, @NotBlank String gezinId,
                          @NotNull Route route, @NotBlank String gemeente, @NotNull Instant overdrachtGedaanOp,
                          String onderzoekId) {
}
