package nl.veiligthuis.keten.triage.triage;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoek;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/triages")
public class TriageController {

    private final CommandGateway commandGateway;
    private final TriageProjection triages;

    public TriageController(CommandGateway commandGateway, TriageProjection triages) {
        this.commandGateway = commandGateway;
        this.triages = triages;
    }

    @Operation(summary = "De triage van een melding: status, termijn (R1) en wie zicht op veiligheid houdt (R2)")
    @GetMapping("/{meldingId}")
    public TriageView haalOp(@PathVariable String meldingId) {
        return triages.find(meldingId)
                .orElseThrow(() -> new NietGevonden("er is (nog) geen triage voor melding " + meldingId));
    }

    @Operation(summary = "Rond de triage af met een besluit (R3)")
    @PostMapping("/{meldingId}/besluit")
    public Map<String, Object> besluit(@PathVariable String meldingId, @Valid @RequestBody BesluitRequest request) {
        if (request.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD
                && (request.advies() == null || request.advies().isBlank())) {
            throw new OngeldigeInvoer("advies", "een overdracht na triage bevat een advies aan het wijkteam (R7)",
                    "NotBlank");
        }
        commandGateway.sendAndWait(new RondTriageAf(meldingId, request.uitkomst(),
                new Triagist(request.triagist().naam(), request.triagist().telefoon()), request.ernst(),
                request.onderbouwing(), request.advies()));
        return switch (request.uitkomst()) {
            case ONDERZOEK -> Map.of("meldingId", meldingId, "status", "AFGEROND", "uitkomst", request.uitkomst(),
                    "onderzoekId", Onderzoek.idVoor(meldingId));
            case OVERDRACHT_LOKAAL_VELD -> Map.of("meldingId", meldingId, "status", "AFGEROND", "uitkomst",
                    request.uitkomst(), "overdrachtId", Triage.overdrachtId(meldingId));
            default -> Map.of("meldingId", meldingId, "status", "AFGEROND", "uitkomst", request.uitkomst());
        };
    }
}
