package nl.veiligthuis.keten.wijkteam.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * wijkteam-service's reading of {@code nl.veilig-thuis.keten.triage.overdracht-gedaan.v1}: only the fields it
 * needs, those it cannot open a zaak without constrained; an unknown route does not read at all. Unknown fields are
 * ignored because payload changes are additive. {@code leden}: absent from handovers published before it was added.
 */
record OverdrachtGedaanV1(@NotBlank String overdrachtId, @NotBlank String meldingId, @NotBlank String gezinId,
                          @NotNull Route route, @NotBlank String gemeente, @NotNull Instant overdrachtGedaanOp,
                          String onderzoekId, List<@Valid @NotNull Lid> leden) {

    /** A role this version does not know reads as OVERIG, so a new role never stops a handover. */
    record Lid(@NotBlank String persoonId, @NotBlank String rol) {

        GenoemdGezinslid genoemd() {
            for (GezinslidRol bekend : GezinslidRol.values()) {
                if (bekend.name().equals(rol)) {
                    return new GenoemdGezinslid(persoonId, bekend);
                }
            }
            return new GenoemdGezinslid(persoonId, GezinslidRol.OVERIG);
        }
    }

    List<GenoemdGezinslid> genoemdeLeden() {
        return GenoemdGezinslid.lijst(leden == null ? null : leden.stream().map(Lid::genoemd).toList());
    }
}
