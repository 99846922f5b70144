package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;

/**
 * One move of a zaak as the teams read it (issue 14 point 10). {@code regisseurBijAanmelding} is the casusregisseur
 * the receiving team calls for the warm handover. The decision's fields are null while it waits.
 */
public record VerhuizingOverzicht(
        @Schema(example = "8d2f6a0e-3c1b-3b7e-9a55-2f4c6d8e0a13") String verhuizingId,
        @Schema(example = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda") String zaakId,
        @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
        @Schema(example = "Vlaardingen") String vanGemeente,
        @Schema(example = "Westwijk") String vanTeam,
        @Schema(example = "Schiedam") String naarGemeente,
        @Schema(example = "Centrum") String naarTeam,
        @Schema(example = "2027-01-15") LocalDate verhuisdOp,
        @Schema(example = "GEGEVEN") Toestemming toestemming,
        String redenZonderToestemming,
        String toelichting,
        Regisseur regisseurBijAanmelding,
        @Schema(example = "Fatima el Amrani") String aangemeldDoor,
        Instant aangemeldOp,
        @Schema(example = "WACHT_OP_ACCEPTATIE") Verhuizingstatus status,
        @Schema(example = "Centrum") String overgenomenDoorTeam,
        LocalDate warmeOverdrachtOp,
        RedenWeigering redenWeigering,
        String toelichtingWeigering,
        String beslotenDoor,
        Instant beslotenOp) {
}
