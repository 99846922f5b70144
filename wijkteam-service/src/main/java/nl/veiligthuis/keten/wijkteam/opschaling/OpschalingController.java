package nl.veiligthuis.keten.wijkteam.opschaling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R15: escalation of a zaak and the tafel's decision. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}/opschalingen")
public class OpschalingController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String OPSCHALING_ID = "6b2d4f1e-9a8c-4d7b-b3e2-1f0a9c8d7e6f";

    private final CommandGateway commandGateway;
    private final OpschalingProjection opschalingen;

    public OpschalingController(CommandGateway commandGateway, OpschalingProjection opschalingen) {
        this.commandGateway = commandGateway;
        this.opschalingen = opschalingen;
    }

    @Operation(summary = "Schaal een zaak op naar de Jeugdbeschermingstafel, het CIT of het Lokaal Zorgnetwerk, met "
            + "de reden en wie tot het besluit zicht op veiligheid houdt (R15); de regie blijft bij het wijkteam")
    @PostMapping
    public OpschalingVastgelegd schaalOp(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "jeugdbeschermingstafel", value = """
                            {"tafel": "JEUGDBESCHERMINGSTAFEL", "reden": "GEEN_VERANDERING_ONDANKS_HULP",
                             "toelichting": "Na vier maanden hulp geen verandering; vader weigert elk contact.",
                             "zichthouder": {"naam": "Fatima el Amrani", "telefoon": "010-2345678",
                                             "organisatie": "Minters"},
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}"""),
                    @ExampleObject(name = "crisis", value = """
                            {"tafel": "CIT", "reden": "CRISIS",
                             "toelichting": "Moeder en kinderen kunnen vannacht niet thuis blijven.",
                             "zichthouder": {"naam": "Joost de Vries", "telefoon": "010-8765432",
                                             "organisatie": "Enver"},
                             "medewerker": {"naam": "Joost de Vries"}}""")}))
            @Valid @RequestBody OpschalingRequest request) {
        String opschalingId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new SchaalOp(zaakId, opschalingId, request.tafel(), request.reden(),
                request.toelichting().strip(), request.zichthouder().zichthouder(),
                request.medewerker().medewerker()));
        return new OpschalingVastgelegd(zaakId, opschalingId);
    }

    @Operation(summary = "Leg het besluit van de tafel vast: de regie blijft bij het wijkteam of gaat over naar een "
            + "nieuwe regisseur (R10, R15)")
    @PostMapping("/{opschalingId}/besluit")
    public OpschalingVastgelegd besluit(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = OPSCHALING_ID) @PathVariable String opschalingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "regie blijft", value = """
                            {"besluit": "REGIE_BLIJFT_BIJ_WIJKTEAM",
                             "toelichting": "Vrijwillig kader met voorwaarden; evaluatie over zes weken."}"""),
                    @ExampleObject(name = "regie overgedragen", value = """
                            {"besluit": "REGIE_OVERGEDRAGEN",
                             "toelichting": "Ondertoezichtstelling uitgesproken.",
                             "nieuweRegisseur": {"naam": "Sanne Bakker", "telefoon": "010-5556677",
                                                 "organisatie": "Jeugdbescherming west"}}""")}))
            @Valid @RequestBody BesluitRequest request) {
        commandGateway.sendAndWait(new LegOpschalingsbesluitVast(zaakId, opschalingId, request.besluit(),
                request.toelichting().strip(),
                request.nieuweRegisseur() == null ? null : request.nieuweRegisseur().regisseur()));
        return new OpschalingVastgelegd(zaakId, opschalingId);
    }

    @Operation(summary = "Haal de opschalingen van een zaak op, met de zichthouder en het besluit (R15)")
    @GetMapping
    public List<OpschalingOverzicht> opschalingen(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        if (!opschalingen.zaakBekend(zaakId)) {
            throw new NietGevonden("zaak " + zaakId + " is niet bekend");
        }
        return opschalingen.vanZaak(zaakId);
    }
}
