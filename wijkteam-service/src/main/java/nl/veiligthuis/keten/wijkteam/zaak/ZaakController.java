package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.toegang.WijkteamToegang;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zaken")
public class ZaakController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String GEZIN_ID = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public ZaakController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Zoek de zaken van een gezin")
    @GetMapping
    public List<ZaakOverzicht> zoek(Beller beller,
                                    @Parameter(example = GEZIN_ID) @RequestParam(required = false) String gezinId) {
        if (gezinId == null || gezinId.isBlank()) {
            throw new OngeldigeInvoer("gezinId", "het gezin is verplicht", "NotBlank");
        }
        // a wijkteam sees its own gemeente's zaken of the gezin; none is the answer for an unknown gezin too
        List<ZaakOverzicht> zaken = queryGateway.query(new ZoekZaken(gezinId),
                ResponseTypes.multipleInstancesOf(ZaakOverzicht.class)).join();
        List<ZaakOverzicht> zichtbaar = zaken.stream()
                .filter(zaak -> WijkteamToegang.binnenWerkgebied(beller, zaak.gemeente(), zaak.team())).toList();
        if (zichtbaar.isEmpty() && !zaken.isEmpty()) {
            Toegangskenmerken.buitenWerkgebied(gezinId);
        }
        return zichtbaar;
    }

    @Operation(summary = "Haal het overzicht van een zaak op: status, casusregisseur, signalen en de link naar het "
            + "overdrachtspakket (geen gegevens van het gezin)")
    @GetMapping("/{zaakId}")
    public ZaakOverzicht haalOp(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<ZaakOverzicht> overzicht = queryGateway
                .query(new HaalZaakOp(zaakId), ResponseTypes.optionalInstanceOf(ZaakOverzicht.class))
                .join();
        return overzicht.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }

    @Operation(summary = "Accepteer de overdracht van Veilig Thuis: het wijkteam neemt de zaak in behandeling (R9), "
            + "eventueel met de eerste casusregisseur (R10)")
    @PostMapping("/{zaakId}/acceptatie")
    public AcceptatieVastgelegd accepteer(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "acceptatie", value = """
                            {"team": "Westwijk",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}"""),
                    @ExampleObject(name = "acceptatie met casusregisseur", value = """
                            {"team": "Westwijk",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"},
                             "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678",
                                           "organisatie": "Minters"}}""")}))
            @Valid @RequestBody AcceptatieRequest request, Beller beller) {
        if (!beller.isVanTeam(request.team().strip())) {
            // issue 13 point 2: a team's professional takes a zaak into their own team, not into another's
            throw new OngeldigeInvoer("team", "je accepteert alleen voor je eigen team: " + beller.team(), "EIGEN_TEAM");
        }
        commandGateway.sendAndWait(new AccepteerOverdracht(zaakId, request.team().strip(), request.medewerker().medewerker(),
                request.eersteRegisseur()));
        return new AcceptatieVastgelegd(zaakId, ZaakStatus.IN_BEHANDELING);
    }

    @Operation(summary = "Meld de zaak terug aan Veilig Thuis: in plaats van accepteren, of als er tijdens de "
            + "behandeling geen passende hulp mogelijk is of veiligheidsrisico's blijven (R9, R16)")
    @PostMapping("/{zaakId}/terugmelding")
    public TerugmeldingVastgelegd meldTerug(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "onvoldoende middelen", summary = "In plaats van accepteren (R9)",
                            value = """
                            {"reden": "ONVOLDOENDE_MIDDELEN",
                             "toelichting": "Het wijkteam heeft geen passend aanbod voor verslaving met geweld.",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}"""),
                    @ExampleObject(name = "geen hulpvraag bij onveiligheid",
                            summary = "Tijdens de behandeling: niet afsluiten maar terugmelden (R16)", value = """
                            {"reden": "GEEN_HULPVRAAG_BIJ_ONVEILIGHEID",
                             "toelichting": "Moeder weigert verdere hulp; de spanningen thuis zijn niet weg.",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")}))
            @Valid @RequestBody TerugmeldingRequest request) {
        commandGateway.sendAndWait(new MeldTerug(zaakId, request.reden(), request.toelichting(),
                request.medewerker().medewerker()));
        return new TerugmeldingVastgelegd(zaakId, ZaakStatus.TERUGGEMELD);
    }
}
