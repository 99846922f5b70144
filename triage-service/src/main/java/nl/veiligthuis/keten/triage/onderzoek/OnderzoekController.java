package nl.veiligthuis.keten.triage.onderzoek;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.Naam;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.triage.overdracht.ToestemmingRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/onderzoeken")
public class OnderzoekController {

    /** R4/R5: the onderzoeker who takes the case off the waiting list. */
    public record StartRequest(@NotNull @Valid OnderzoekerRequest onderzoeker) {
    }

    public record OnderzoekerRequest(@Schema(example = "M. Jansen") @NotBlank @Naam @Size(max = 200) String naam,
                                     @Schema(example = "010-7654321") @NotBlank @Size(max = 50) String telefoon) {
    }

    /** R8: the rapportage handed over after an onderzoek. */
    public record AfrondingRequest(
            @Schema(example = "Is het kind veilig thuis?") @NotBlank @Size(max = 2_000) String onderzoeksvraag,
            @Schema(example = "Risico's bij beide ouders; kind is gehecht aan moeder")
            @NotBlank @Size(max = 20_000) String onderzoeksresultaten,
            @Schema(example = "[\"Veilige thuissituatie\", \"Schuldhulp\"]")
            @NotEmpty List<@NotBlank @Size(max = 1_000) String> doelenVanOndersteuning,
            @Schema(example = "Gezinsbehandeling") @NotBlank @Size(max = 10_000) String hulpverleningsadvies,
            @Schema(example = "Wijkteam Holy") @NotBlank @Size(max = 200) String voorstelCasusregisseur,
            @Schema(example = "Dagelijks contact met school") @NotBlank @Size(max = 10_000) String veiligheidsafspraken) {
    }

    /** R8: the handover meeting with the wijkteam. */
    public record OverdrachtsgesprekRequest(
            @Schema(description = "Default now; never in the future", example = "2026-12-14T10:00:00Z")
            Instant gevoerdOp,
            @Schema(example = "[\"Veilig Thuis\", \"Wijkteam Holy\", \"moeder\"]")
            @NotEmpty List<@NotBlank @Size(max = 200) String> deelnemers,
            @Schema(example = "Holy") @NotBlank @Size(max = 200) String wijkteam,
            @Schema(description = "R17: deelt het gezin zijn gegevens met het wijkteam met toestemming, of zonder "
                    + "toestemming om een veiligheidsreden. Ontbreekt het, dan is de grond voor het delen niet "
                    + "vastgelegd en meldt de inspectietoets dat")
            @Valid ToestemmingRequest toestemming) {
    }

    /** R4: a justified overrun, recorded before the term passes. */
    public record OverschrijdingRequest(
            @Schema(example = "MULTIPROBLEEM_GEZIN") @NotNull RedenOverschrijding reden,
            @Schema(example = "Beide ouders met psychische problemen") @NotBlank @Size(max = 10_000) String toelichting,
            @Schema(description = "Required unless ZWANGERE_RISICO_OUDER", example = "2027-03-16")
            LocalDate nieuweEinddatum,
            @Schema(description = "Required for ZWANGERE_RISICO_OUDER: the onderzoek ends 6 weeks after the birth",
                    example = "2027-02-01")
            LocalDate verwachteGeboortedatum) {
    }

    private final CommandGateway commandGateway;
    private final OnderzoekProjection onderzoeken;
    private final Clock klok;

    public OnderzoekController(CommandGateway commandGateway, OnderzoekProjection onderzoeken, Clock klok) {
        this.commandGateway = commandGateway;
        this.onderzoeken = onderzoeken;
        this.klok = klok;
    }

    @Operation(summary = "Een onderzoek: termijn van 10 weken (R4), rapportage en overdracht (R8)")
    @GetMapping("/{onderzoekId}")
    public OnderzoekView haalOp(@Parameter(example = "6b1f0e52-3c4d-4e5f-9a8b-7c6d5e4f3a21") @PathVariable String onderzoekId) {
        return onderzoeken.find(onderzoekId)
                .orElseThrow(() -> new NietGevonden("onderzoek " + onderzoekId + " is niet bekend"));
    }

    @Operation(summary = "Start het onderzoek: van de wachtlijst (R5); de termijn van 10 weken loopt vanaf nu (R4)")
    @PostMapping("/{onderzoekId}/start")
    public Map<String, Object> start(@Parameter(example = "6b1f0e52-3c4d-4e5f-9a8b-7c6d5e4f3a21") @PathVariable String onderzoekId,
                                     @Valid @RequestBody StartRequest request) {
        commandGateway.sendAndWait(new StartOnderzoek(onderzoekId,
                new Onderzoeker(request.onderzoeker().naam(), request.onderzoeker().telefoon(),
                        Beller.huidige().map(Beller::subject).orElse(null))));
        return Map.of("onderzoekId", onderzoekId, "status", "LOOPT");
    }

    @Operation(summary = "Rond het onderzoek af met de rapportage (R8)")
    @PostMapping("/{onderzoekId}/afronding")
    public Map<String, String> rondAf(@Parameter(example = "6b1f0e52-3c4d-4e5f-9a8b-7c6d5e4f3a21") @PathVariable String onderzoekId, @Valid @RequestBody AfrondingRequest request) {
        commandGateway.sendAndWait(new RondOnderzoekAf(onderzoekId, new Rapportage(request.onderzoeksvraag(),
                request.onderzoeksresultaten(), request.doelenVanOndersteuning(), request.hulpverleningsadvies(),
                request.voorstelCasusregisseur(), request.veiligheidsafspraken())));
        return Map.of("onderzoekId", onderzoekId, "status", "AFGEROND");
    }

    @Operation(summary = "Leg een gerechtvaardigde overschrijding van de onderzoekstermijn vast, vóór het verstrijken "
            + "ervan (R4)")
    @PostMapping("/{onderzoekId}/overschrijding")
    public Map<String, Object> overschrijding(@Parameter(example = "6b1f0e52-3c4d-4e5f-9a8b-7c6d5e4f3a21") @PathVariable String onderzoekId,
                                              @Valid @RequestBody OverschrijdingRequest request) {
        if (request.reden() == RedenOverschrijding.ZWANGERE_RISICO_OUDER && request.verwachteGeboortedatum() == null) {
            throw new OngeldigeInvoer("verwachteGeboortedatum",
                    "verplicht bij een zwangere risico-ouder: het onderzoek eindigt 6 weken na de geboorte (R4)",
                    "NotNull");
        }
        if (request.reden() != RedenOverschrijding.ZWANGERE_RISICO_OUDER && request.nieuweEinddatum() == null) {
            throw new OngeldigeInvoer("nieuweEinddatum", "verplicht bij deze reden van overschrijding (R4)", "NotNull");
        }
        LocalDate uiterlijk = commandGateway.sendAndWait(new RegistreerGerechtvaardigdeOverschrijding(onderzoekId,
                request.reden(), request.toelichting(), request.nieuweEinddatum(), request.verwachteGeboortedatum()));
        return Map.of("onderzoekId", onderzoekId, "status", "LOOPT", "uiterlijkAfgerondOp", uiterlijk);
    }

    @Operation(summary = "Leg het overdrachtsgesprek vast; daarmee is de overdracht na onderzoek gedaan (R8)")
    @PostMapping("/{onderzoekId}/overdrachtsgesprek")
    public Map<String, String> overdrachtsgesprek(@Parameter(example = "6b1f0e52-3c4d-4e5f-9a8b-7c6d5e4f3a21") @PathVariable String onderzoekId,
                                                  @Valid @RequestBody OverdrachtsgesprekRequest request) {
        var gevoerdOp = request.gevoerdOp() == null ? klok.instant() : request.gevoerdOp();
        commandGateway.sendAndWait(new LegOverdrachtsgesprekVast(onderzoekId, gevoerdOp, request.deelnemers(),
                request.wijkteam(), ToestemmingRequest.van(request.toestemming(), "toestemming")));
        return Map.of("onderzoekId", onderzoekId, "status", "OVERGEDRAGEN");
    }
}
