package nl.veiligthuis.keten.wijkteam.gezinsregie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.wijkteam.zaak.HaalZaakOp;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakOverzicht;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the team does with a handover that joined its zaak (R9, R10); the zaak's overview lists them. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}/overdrachten/{overdrachtId}")
public class GevoegdeOverdrachtController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String OVERDRACHT_ID = "6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final TransactionTemplate transactie;

    public GevoegdeOverdrachtController(CommandGateway commandGateway, QueryGateway queryGateway,
                                        PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.transactie = new TransactionTemplate(transactionManager);
    }

    @Operation(summary = "Accepteer een overdracht die bij de lopende zaak van het gezin is gevoegd: één plan en één "
            + "casusregisseur voor het gezin (R9, R10)")
    @PostMapping("/acceptatie")
    public GevoegdeOverdrachtGeaccepteerdAntwoord accepteer(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = OVERDRACHT_ID) @PathVariable String overdrachtId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "acceptatie", value = """
                            {"medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody GevoegdeAcceptatieRequest request) {
        commandGateway.sendAndWait(new AccepteerGevoegdeOverdracht(zaakId, overdrachtId,
                request.medewerker().medewerker()));
        return new GevoegdeOverdrachtGeaccepteerdAntwoord(zaakId, overdrachtId, GevoegdeOverdrachtStatus.GEACCEPTEERD);
    }

    @Operation(summary = "Besluit, met reden, dat een gevoegde overdracht een eigen zaak krijgt in plaats van bij de "
            + "lopende zaak te horen (R10); vóór haar acceptatie")
    @PostMapping("/afsplitsing")
    public Afsplitsing splitsAf(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = OVERDRACHT_ID) @PathVariable String overdrachtId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "ander huishouden", value = """
                            {"reden": "ANDER_HUISHOUDEN",
                             "toelichting": "Vader woont sinds de scheiding met de jongste apart; eigen hulpvraag.",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody AfsplitsingRequest request) {
        String gezinId = queryGateway.query(new HaalZaakOp(zaakId), ResponseTypes.optionalInstanceOf(ZaakOverzicht.class))
                .join().map(ZaakOverzicht::gezinId)
                .orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
        String nieuweZaakId = OpenZaak.zaakIdVoor(overdrachtId);
        // the gezin's record of the split, the split and the new zaak commit together or not at all; the gezin's
        // stream first, in the order a handover takes them (Gezinsregie, then zaak), so the two never wait on each other
        OverdrachtAfgesplitst afgesplitst = transactie.execute(status -> {
            commandGateway.sendAndWait(new LegAfsplitsingVast(gezinId, overdrachtId, zaakId, nieuweZaakId));
            OverdrachtAfgesplitst gesplitst = commandGateway.sendAndWait(new SplitsOverdrachtAf(zaakId, overdrachtId,
                    request.reden(), request.toelichting().strip(), request.medewerker().medewerker()));
            commandGateway.sendAndWait(new OpenZaak(gesplitst.nieuweZaakId(), overdrachtId, gesplitst.meldingId(),
                    gesplitst.gezinId(), gesplitst.route(), gesplitst.gemeente(), gesplitst.onderzoekId(),
                    gesplitst.overdrachtGedaanOp(), gesplitst.overdrachtDataref(), gesplitst.genoemdeLeden()));
            return gesplitst;
        });
        return new Afsplitsing(zaakId, overdrachtId, afgesplitst.nieuweZaakId());
    }
}
