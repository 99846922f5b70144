package nl.veiligthuis.keten.platform.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An erasure request (R21) carried out in this service: the gezin's keys are destroyed, and with them every value of
 * its personal data in this service's event store and read models; once that commits, the other services of the chain
 * are told to do the same ({@link Ketenwissing}). The ids and the anonymous course of the case stay.
 */
@RestController
@Tag(name = "Wissing", description = "R21: persoonsgegevens van een gezin wissen door de sleutels te vernietigen")
class Wissing {

    private final Gezinswisser wisser;
    private final Ketenwissing keten;
    private final Clock klok;

    Wissing(Gezinswisser wisser, Ketenwissing keten, Clock klok) {
        this.wisser = wisser;
        this.keten = keten;
        this.klok = klok;
    }

    record WissingRequest(
            @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @NotBlank
            @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "moet een gezinId (UUID) zijn") String gezinId) {
    }

    record Gewist(@Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
                  @Schema(example = "1", description = "how many keys were destroyed now, also of the gezinnen that "
                          + "went up in it; 0 when none were left")
                  int vernietigdeSleutels,
                  @Schema(example = "2027-03-01T12:00:00Z") Instant gewistOp) {
    }

    @Operation(summary = "Wis de persoonsgegevens van een gezin in deze dienst (R21)",
            description = "Vernietigt de sleutels van het gezin: namen, BSN, geboortedata, contactgegevens en vrije "
                    + "tekst in de event store en de leesmodellen van deze dienst zijn daarna onleesbaar en lezen als "
                    + "[gewist]. Daarna wissen de andere diensten van de keten het gezin ook (gezin-gewist.v1 op "
                    + "keten.privacy.v1). Herhalen is veilig.")
    @PostMapping("/api/v1/beheer/wissingen")
    @Transactional
    public Gewist wis(@Valid @RequestBody WissingRequest request) {
        Instant gewistOp = klok.instant();
        Gezinswisser.Gewist gewist = wisser.wis(request.gezinId(), "VERZOEK");
        keten.meld(request.gezinId(), gewistOp);
        gewist.opgegaan().forEach(opgegaan -> keten.meld(opgegaan, gewistOp));
        return new Gewist(request.gezinId(), gewist.vernietigdeSleutels(), gewistOp);
    }
}
