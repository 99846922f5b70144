package nl.veiligthuis.keten.monitoring.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.veiligthuis.keten.monitoring.betrokkenheid.Betrokkenheden;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Rol;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/monitoringen")
public class MonitoringController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock klok;
    private final Betrokkenheden betrokkenheden;
    private final MonitoringwerkvoorraadLezer werkvoorraad;

    public MonitoringController(CommandGateway commandGateway, QueryGateway queryGateway, Clock klok,
                                Betrokkenheden betrokkenheden, MonitoringwerkvoorraadLezer werkvoorraad) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.klok = klok;
        this.betrokkenheden = betrokkenheden;
        this.werkvoorraad = werkvoorraad;
    }

    @Operation(summary = "Zoek de VT monitoringen van een gezin")
    @GetMapping
    public MonitoringenVanGezin zoek(Beller beller, @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @RequestParam(required = false) String gezinId) {
        if (gezinId == null || gezinId.isBlank()) {
            throw new OngeldigeInvoer("gezinId", "verplicht", "NotBlank");
        }
        if (beller.isBegrensd() && !betrokkenheden.isOfWasBetrokken(beller.organisatie(), gezinId)) {
            // issue 13: a gezin Veilig Thuis of this regio never dealt with looks like an unknown gezin
            Toegangskenmerken.buitenWerkgebied(gezinId);
            return new MonitoringenVanGezin(gezinId, List.of());
        }
        List<MonitoringOverzicht> monitoringen = queryGateway.query(new ZoekMonitoringen(gezinId),
                ResponseTypes.multipleInstancesOf(MonitoringOverzicht.class)).join();
        return new MonitoringenVanGezin(gezinId, monitoringen);
    }

    @Operation(summary = "De werkvoorraad van verlopen en onbeantwoorde monitoring van een Veilig Thuis regio (R14)",
            description = "MonitoringVerlopen (de termijn verstreek zonder eerste contact) en contacten die het wijkteam "
                    + "niet binnen de antwoordtermijn (14 dagen) beantwoordde, oudste eerst: zo bereikt een verval een "
                    + "persoon. Een Veilig Thuis medewerker ziet de eigen regio (regio mag dan ontbreken; een andere "
                    + "regio: 404); de inspecteur noemt de regio.")
    @GetMapping("/werkvoorraad")
    public Monitoringwerkvoorraad werkvoorraad(Beller beller,
            @Parameter(example = "Veilig Thuis Rotterdam Rijnmond") @RequestParam(required = false) String regio) {
        // another regio than the caller's own is refused before this, as outside the werkgebied (MonitoringToegang)
        // who took an item on is for Veilig Thuis itself; the inspecteur sees that and when, not the name
        boolean metNamen = beller.heeftRol(Rol.VEILIG_THUIS_MEDEWERKER);
        if (beller.isBegrensd() && (regio == null || regio.isBlank())) {
            return werkvoorraad.voor(beller.organisatie(), metNamen);
        }
        if (regio == null || regio.isBlank()) {
            throw new OngeldigeInvoer("regio", "verplicht", "NotBlank");
        }
        return werkvoorraad.voor(regio.strip(), metNamen);
    }

    @Operation(summary = "Pak een item van de werkvoorraad op: de verlopen monitoring zelf, of (met contactId) een "
            + "contact dat het wijkteam niet beantwoordde (R14, issue 14 punt 8); de werkvoorraad toont wie het "
            + "oppakte en sinds wanneer",
            description = "409 R14 wanneer er niets op te pakken is, of wanneer een collega het al oppakte (neem het "
                    + "dan over met overnemen: true). Dezelfde persoon nogmaals verandert niets.")
    @PostMapping("/{monitoringId}/oppakken")
    public Monitoringwerkvoorraad.Opgepakt pakOp(Beller beller,
            @Parameter(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") @PathVariable String monitoringId,
            @Valid @RequestBody OppakRequest request) {
        Medewerker eerder = commandGateway.sendAndWait(new PakWerkOp(monitoringId, request.contactId(),
                new Medewerker(request.medewerker().naam(), beller.subject()),
                Boolean.TRUE.equals(request.overnemen())));
        return new Monitoringwerkvoorraad.Opgepakt(monitoringId, request.contactId(), request.medewerker().naam(),
                eerder == null ? null : eerder.naam());
    }

    @Operation(summary = "Haal een VT monitoring op")
    @GetMapping("/{monitoringId}")
    public MonitoringOverzicht haalOp(@Parameter(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") @PathVariable String monitoringId) {
        Optional<MonitoringOverzicht> overzicht = queryGateway.query(new HaalMonitoringOp(monitoringId),
                ResponseTypes.optionalInstanceOf(MonitoringOverzicht.class)).join();
        return overzicht.orElseThrow(() -> new NietGevonden("monitoring " + monitoringId + " is niet bekend"));
    }

    @Operation(summary = "Leg een contact met het gezin vast over de afgesproken doelen, bij nummer (R14: eerste "
            + "contact binnen 3 maanden na overdracht)")
    @PostMapping("/{monitoringId}/contacten")
    public ResponseEntity<ContactVastgelegd> legContactVast(Beller beller,
                                                            @Parameter(example = "0d3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a") @PathVariable String monitoringId,
                                                            @Valid @RequestBody ContactRequest request) {
        var nu = klok.instant();
        var contactOp = request.contactOp() == null ? nu : request.contactOp();
        if (contactOp.isAfter(nu)) {
            throw new OngeldigeInvoer("contactOp", "het contact ligt niet in de toekomst", "PastOrPresent");
        }
        var contactId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new LegContactVast(monitoringId, contactId, contactOp,
                List.copyOf(request.besprokenDoelen()), new Medewerker(request.medewerker().naam(),
                        beller.subject())));
        return ResponseEntity.created(URI.create("/api/v1/monitoringen/" + monitoringId))
                .body(new ContactVastgelegd(monitoringId, contactId, contactOp));
    }
}
