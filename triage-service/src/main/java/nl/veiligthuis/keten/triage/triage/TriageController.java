package nl.veiligthuis.keten.triage.triage;

import nl.veiligthuis.keten.triage.overdracht.ToestemmingRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.triage.triage.BesluitRequest.TriagistRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/triages")
public class TriageController {

    /** Body of {@code POST …/start}: the triagist who picks the melding up (R5: the wait for triage ends). */
    public record StartRequest(@NotNull @Valid TriagistRequest triagist) {
    }

    /** Body of {@code POST …/monitoringsfrequentie} (R5). */
    public record MonitoringsfrequentieRequest(
            @Schema(example = "TWEE_KEER_PER_WEEK") @NotNull Monitoringsfrequentie frequentie,
            @Schema(example = "Telefonisch contact met de mentor op school") @NotNull @Size(min = 1, max = 500)
            String wijze,
            @NotNull @Valid TriagistRequest medewerker) {
    }

    /** Body of {@code POST …/wachtcontacten} (R5): codes only, no free text. */
    public record WachtcontactRequest(
            @Schema(description = "Moment of the contact (never in the future); default now",
                    example = "2026-11-24T10:00:00Z")
            Instant contactOp,
            @NotNull Wachtcontactwijze wijze,
            @Schema(description = "Is the safety of the children unchanged since the last contact?")
            @NotNull Boolean veiligheidOngewijzigd,
            @NotNull @Valid TriagistRequest medewerker) {
    }

    /** Response of {@code POST …/wachtcontacten}: when the next wachtcontact is due at the latest. */
    public record WachtcontactVastgelegdResponse(String meldingId, String contactId, Instant contactOp,
                                                 Instant volgendContactUiterlijkOp) {
    }

    private final CommandGateway commandGateway;
    private final TriageProjection triages;
    private final Clock klok;
    private final Contactpersonen contactpersonen;

    public TriageController(CommandGateway commandGateway, TriageProjection triages, Clock klok,
                            Contactpersonen contactpersonen) {
        this.commandGateway = commandGateway;
        this.triages = triages;
        this.klok = klok;
        this.contactpersonen = contactpersonen;
    }

    @Operation(summary = "De triage van een melding: status, termijn (R1), zicht op veiligheid (R2), "
            + "monitoringsfrequentie (R5) en terugmeldingen (R9)")
    @GetMapping("/{meldingId}")
    public TriageView haalOp(@Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId) {
        return triages.find(meldingId)
                .orElseThrow(() -> new NietGevonden("er is (nog) geen triage voor melding " + meldingId));
    }

    @Operation(summary = "Wie de melder bij Veilig Thuis kan bellen over de melding (issue 14 punt 5, 003: 'welk "
            + "poppetje'): de triagist na de triage, de onderzoeker na een onderzoek (moment=NA_ONDERZOEK); voor de "
            + "terugkoppeling van melding-service (scope terugkoppeling:contactpersoon)")
    @GetMapping("/{meldingId}/contactpersoon")
    public Contactpersoon contactpersoon(
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId,
            @Parameter(example = "NA_TRIAGE", description = "NA_TRIAGE (default) or NA_ONDERZOEK")
            @RequestParam(required = false) String moment) {
        if (moment != null && !moment.equals("NA_TRIAGE") && !moment.equals("NA_ONDERZOEK")) {
            throw new OngeldigeInvoer("moment", "NA_TRIAGE of NA_ONDERZOEK", "Pattern");
        }
        return contactpersonen.voor(meldingId, "NA_ONDERZOEK".equals(moment)).orElseThrow(
                () -> new NietGevonden("er is (nog) geen contactpersoon voor melding " + meldingId));
    }

    @Operation(summary = "Start de triage: een triagist pakt de melding op (R5: einde van het wachten op triage)")
    @PostMapping("/{meldingId}/start")
    public Map<String, String> start(@Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId, @Valid @RequestBody StartRequest request) {
        commandGateway.sendAndWait(new StartTriage(meldingId, request.triagist().triagist()));
        return Map.of("meldingId", meldingId, "status", "IN_TRIAGE");
    }

    @Operation(summary = "Rond de triage af met een besluit (R3); ook het nieuwe besluit na een terugmelding (R9)")
    @PostMapping("/{meldingId}/besluit")
    public Map<String, Object> besluit(@Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId, @Valid @RequestBody BesluitRequest request) {
        if (request.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD
                && (request.advies() == null || request.advies().isBlank())) {
            throw new OngeldigeInvoer("advies", "een overdracht na triage bevat een advies aan het wijkteam (R7)",
                    "NotBlank");
        }
        Vervolg vervolg = commandGateway.sendAndWait(new RondTriageAf(meldingId, request.uitkomst(),
                request.triagist().triagist(), request.ernst(), request.onderbouwing(), request.advies(),
                request.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD
                        ? ToestemmingRequest.van(request.toestemming(), "toestemming") : null));
        var antwoord = new LinkedHashMap<String, Object>();
        antwoord.put("meldingId", meldingId);
        antwoord.put("status", "AFGEROND");
        antwoord.put("uitkomst", request.uitkomst());
        if (vervolg.onderzoekId() != null) {
            antwoord.put("onderzoekId", vervolg.onderzoekId());
        }
        if (vervolg.overdrachtId() != null) {
            antwoord.put("overdrachtId", vervolg.overdrachtId());
        }
        return antwoord;
    }

    @Operation(summary = "Stel vast hoe vaak en hoe VT de veiligheid volgt zolang de zaak wacht (R5)")
    @PostMapping("/{meldingId}/monitoringsfrequentie")
    public Map<String, Object> monitoringsfrequentie(@Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId,
                                                     @Valid @RequestBody MonitoringsfrequentieRequest request) {
        commandGateway.sendAndWait(new StelMonitoringsfrequentieIn(meldingId, request.frequentie(),
                request.wijze(), request.medewerker().triagist()));
        return Map.of("meldingId", meldingId, "monitoringsfrequentie", request.frequentie());
    }

    @Operation(summary = "Leg een wachtcontact vast: VT volgt de veiligheid zolang de zaak wacht, op de "
            + "monitoringsfrequentie (R5)")
    @PostMapping("/{meldingId}/wachtcontacten")
    public ResponseEntity<WachtcontactVastgelegdResponse> wachtcontact(
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId,
            @Valid @RequestBody WachtcontactRequest request) {
        var nu = klok.instant();
        var contactOp = request.contactOp() == null ? nu : request.contactOp();
        if (contactOp.isAfter(nu)) {
            throw new OngeldigeInvoer("contactOp", "het contact ligt niet in de toekomst", "PastOrPresent");
        }
        var contactId = UUID.randomUUID().toString();
        Instant volgend = commandGateway.sendAndWait(new LegWachtcontactVast(meldingId, contactId, contactOp,
                request.wijze(), request.veiligheidOngewijzigd(), request.medewerker().triagist()));
        return ResponseEntity.created(URI.create("/api/v1/triages/" + meldingId))
                .body(new WachtcontactVastgelegdResponse(meldingId, contactId, contactOp, volgend));
    }
}
