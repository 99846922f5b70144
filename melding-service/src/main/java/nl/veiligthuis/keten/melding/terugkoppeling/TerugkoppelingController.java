package nl.veiligthuis.keten.melding.terugkoppeling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.HaalMeldingOp;
import nl.veiligthuis.keten.melding.melding.MeldingOverzicht;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R6: what the melder is told, and how its dispatch went (issue 14 point 5: {@code Bezorgronde} sends every letter
 * through the configured channel, with retries). The melder's address is not exposed here.
 */
@RestController
public class TerugkoppelingController {

    private final QueryGateway queryGateway;
    private final Bezorgbeheer beheer;

    public TerugkoppelingController(QueryGateway queryGateway, Bezorgbeheer beheer) {
        this.queryGateway = queryGateway;
        this.beheer = beheer;
    }

    @Operation(summary = "Haal de terugkoppelingen aan de melder op (R6)",
            description = "One per decision (aanleiding) for which a letter was made, after triage and after onderzoek; "
                    + "none for an anonymous melder or one without contact details. Each with how its dispatch went.")
    @GetMapping("/api/v1/meldingen/{meldingId}/terugkoppelingen")
    public Terugkoppelingen haalOp(
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId) {
        List<Terugkoppeling> terugkoppelingen = queryGateway.query(new HaalTerugkoppelingenOp(meldingId),
                ResponseTypes.multipleInstancesOf(Terugkoppeling.class)).join();
        if (terugkoppelingen.isEmpty() && !bekend(meldingId)) {
            throw new NietGevonden("melding " + meldingId + " is niet bekend");
        }
        return new Terugkoppelingen(meldingId, terugkoppelingen);
    }

    @Operation(summary = "Haal de brieven aan melders op met deze bezorgstatus (R6), oudste eerst",
            description = "For operations: which letters wait for a retry (WACHTEND) or were given up after every "
                    + "retry (MISLUKT), with the last failure. Pseudonymous ids and codes only.")
    @GetMapping("/api/v1/terugkoppelingen/bezorgingen")
    public List<BezorgingOverzicht> bezorgingen(
            @Parameter(example = "MISLUKT") @RequestParam BezorgingStatus status,
            @Parameter(example = "100", description = "At most this many, 1 to 1000")
            @RequestParam(defaultValue = "100") int limiet) {
        return queryGateway.query(new HaalBezorgingenOp(status, Math.max(1, Math.min(limiet, 1000))),
                ResponseTypes.multipleInstancesOf(BezorgingOverzicht.class)).join();
    }

    @Operation(summary = "Verstuur een AANGEHOUDEN of MISLUKTE brief aan een melder opnieuw (R6)",
            description = "For the beheerder: the letter is WACHTEND again with a fresh set of attempts. 409 R6 for a "
                    + "letter in another status, 404 for an unknown bezorgingId.")
    @PostMapping("/api/v1/terugkoppelingen/bezorgingen/{bezorgingId}/opnieuw")
    public BezorgingOpnieuw opnieuw(
            @Parameter(example = "6c1f0e2a-9b8d-4c7e-a6f5-4e3d2c1b0a99") @PathVariable String bezorgingId) {
        beheer.opnieuw(bezorgingId);
        return new BezorgingOpnieuw(bezorgingId, BezorgingStatus.WACHTEND);
    }

    private boolean bekend(String meldingId) {
        Optional<MeldingOverzicht> melding = queryGateway.query(new HaalMeldingOp(meldingId),
                ResponseTypes.optionalInstanceOf(MeldingOverzicht.class)).join();
        return melding.isPresent();
    }
}
