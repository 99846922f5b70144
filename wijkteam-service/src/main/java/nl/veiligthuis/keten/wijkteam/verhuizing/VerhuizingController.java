package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.Optional;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.toegang.WijkteamToegang;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14 point 10: a zaak moves with its gezin to another wijkteam. The team holding the zaak announces the move on
 * the zaak; the receiving wijkteam finds it on {@code GET /api/v1/verhuizingen} and decides on it by its
 * verhuizingId, before the zaak is its own.
 */
@RestController
public class VerhuizingController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String VERHUIZING_ID = "8d2f6a0e-3c1b-3b7e-9a55-2f4c6d8e0a13";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public VerhuizingController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Meld aan dat het gezin verhuist: de zaak gaat naar het wijkteam van een andere gemeente, of "
            + "een ander team (issue 14 punt 10; R10, R17); regie en zicht op veiligheid blijven bij dit team tot het "
            + "ontvangende wijkteam de zaak overneemt",
            description = "Zet het signaal VERHUIZING_WACHT_OP_ACCEPTATIE. Eén verhuizing wacht tegelijk; 409 R10 "
                    + "zolang er een wacht, 409 R15 zolang een tafel nog moet besluiten.")
    @PostMapping("/api/v1/zaken/{zaakId}/verhuizing")
    @ResponseStatus(HttpStatus.CREATED)
    public VerhuizingAangemeldAntwoord meldAan(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                               @Valid @RequestBody VerhuizingRequest request) {
        String verhuizingId = commandGateway.sendAndWait(new MeldVerhuizingAan(zaakId, request.naarGemeente(),
                request.naarTeam(), request.verhuisdOp(), request.toestemming(), request.redenZonderToestemming(),
                request.toelichting(), request.medewerker().medewerker()));
        return new VerhuizingAangemeldAntwoord(zaakId, verhuizingId, Verhuizingstatus.WACHT_OP_ACCEPTATIE);
    }

    @Operation(summary = "Haal de verhuizingen van een zaak op, nieuwste eerst, met wie ze aanmeldde en wat het "
            + "ontvangende wijkteam besloot (issue 14 punt 10)")
    @GetMapping("/api/v1/zaken/{zaakId}/verhuizingen")
    public VerhuizingenVanZaak verhuizingen(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<VerhuizingenVanZaak> verhuizingen = queryGateway
                .query(new HaalVerhuizingenOp(zaakId), ResponseTypes.optionalInstanceOf(VerhuizingenVanZaak.class))
                .join();
        return verhuizingen.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }

    @Operation(summary = "De verhuizingen van een gemeente die op een besluit wachten: inkomend, voor haar wijkteam "
            + "om over te nemen, en uitgaand, door haar aangemeld; langst wachtend eerst (issue 14 punt 10)")
    @GetMapping("/api/v1/verhuizingen")
    public WachtendeVerhuizingen wachtend(
            @Parameter(example = "Schiedam") @RequestParam(required = false) String gemeente, Beller beller) {
        return queryGateway.query(new ZoekWachtendeVerhuizingen(WijkteamToegang.verplichteGemeente(gemeente),
                        beller.team()), ResponseTypes.instanceOf(WachtendeVerhuizingen.class)).join();
    }

    @Operation(summary = "Trek de wachtende verhuizing van de zaak in, met de reden: een verkeerd genoemde gemeente, "
            + "of een verhuizing die niet doorgaat (issue 14 punt 10)")
    @PostMapping("/api/v1/zaken/{zaakId}/verhuizing/intrekking")
    public VerhuizingBesloten trekIn(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                     @Valid @RequestBody VerhuizingIntrekkingRequest request) {
        commandGateway.sendAndWait(new TrekVerhuizingIn(zaakId, request.verhuizingId(), request.toelichting(),
                request.medewerker().medewerker()));
        return new VerhuizingBesloten(request.verhuizingId(), zaakId, Verhuizingstatus.INGETROKKEN);
    }

    @Operation(summary = "Het ontvangende wijkteam neemt de zaak over na de warme overdracht, met zijn "
            + "casusregisseur: regie en zicht op veiligheid gaan nu over (issue 14 punt 10; R10, R2)")
    @PostMapping("/api/v1/verhuizingen/{verhuizingId}/acceptatie")
    public VerhuizingBesloten accepteer(@Parameter(example = VERHUIZING_ID) @PathVariable String verhuizingId,
                                        @Valid @RequestBody VerhuizingAcceptatieRequest request, Beller beller) {
        // as at a handover's acceptance: a professional of one team takes the zaak over into that team
        if (!beller.isVanTeam(request.team().strip())) {
            throw new OngeldigeInvoer("team", "je neemt alleen over voor je eigen team: " + beller.team(),
                    "EIGEN_TEAM");
        }
        String zaakId = zaakVan(verhuizingId);
        commandGateway.sendAndWait(new AccepteerVerhuizing(zaakId, verhuizingId, request.team().strip(),
                request.regisseur().regisseur(), request.warmeOverdrachtOp(), request.medewerker().medewerker(),
                gemeenteVan(beller)));
        return new VerhuizingBesloten(verhuizingId, zaakId, Verhuizingstatus.OVERGENOMEN);
    }

    @Operation(summary = "Het ontvangende wijkteam neemt de zaak niet over, met de reden; regie en zicht op "
            + "veiligheid blijven bij het team dat de zaak heeft, dat het signaal VERHUIZING_GEWEIGERD krijgt "
            + "(issue 14 punt 10)")
    @PostMapping("/api/v1/verhuizingen/{verhuizingId}/weigering")
    public VerhuizingBesloten weiger(@Parameter(example = VERHUIZING_ID) @PathVariable String verhuizingId,
                                     @Valid @RequestBody VerhuizingWeigeringRequest request) {
        String zaakId = zaakVan(verhuizingId);
        commandGateway.sendAndWait(new WeigerVerhuizing(zaakId, verhuizingId, request.reden(), request.toelichting(),
                request.medewerker().medewerker()));
        return new VerhuizingBesloten(verhuizingId, zaakId, Verhuizingstatus.GEWEIGERD);
    }

    /** The gemeente as the caller's token names its wijkteam ("Wijkteam Schiedam"), or null. */
    private static String gemeenteVan(Beller beller) {
        String organisatie = beller.organisatie();
        String voor = "Wijkteam ";
        return organisatie != null && organisatie.regionMatches(true, 0, voor, 0, voor.length())
                ? organisatie.substring(voor.length()).strip() : null;
    }

    private String zaakVan(String verhuizingId) {
        Optional<String> zaakId = queryGateway
                .query(new VindZaakVanVerhuizing(verhuizingId), ResponseTypes.optionalInstanceOf(String.class))
                .join();
        return zaakId.orElseThrow(() -> new NietGevonden("verhuizing " + verhuizingId + " is niet bekend"));
    }
}
