package nl.veiligthuis.keten.triage.overdracht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekProjection;
import nl.veiligthuis.keten.triage.triage.TriageProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/overdrachten")
public class OverdrachtController {

    private final OverdrachtProjection overdrachten;
    private final TriageProjection triages;
    private final OnderzoekProjection onderzoeken;

    public OverdrachtController(OverdrachtProjection overdrachten, TriageProjection triages,
                                OnderzoekProjection onderzoeken) {
        this.overdrachten = overdrachten;
        this.triages = triages;
        this.onderzoeken = onderzoeken;
    }

    @Operation(summary = "Het overdrachtspakket: triage-informatie (R7) en, na onderzoek, de rapportage (R8)")
    @GetMapping("/{overdrachtId}")
    public OverdrachtView haalOp(@Parameter(example = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c") @PathVariable String overdrachtId) {
        var rij = overdrachten.find(overdrachtId)
                .orElseThrow(() -> new NietGevonden("overdracht " + overdrachtId + " is niet bekend"));
        return new OverdrachtView(rij.overdrachtId(), rij.meldingId(), rij.gezinId(), rij.route(), rij.gemeente(),
                rij.gedaanOp(), triages.find(rij.meldingId()).orElse(null),
                rij.onderzoekId() == null ? null : onderzoeken.find(rij.onderzoekId()).orElse(null),
                rij.toestemming() == null ? Toestemming.NIET_VASTGELEGD : rij.toestemming(),
                rij.redenZonderToestemming());
    }
}
