package nl.veiligthuis.keten.wijkteam.samenwerking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 14 point 11: consultations of Veilig Thuis and the wijkteam about a zaak in treatment, with the tasks. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}/overleggen")
public class OverlegController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public OverlegController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Leg een overleg van Veilig Thuis en het wijkteam over de zaak vast: soort, dag, wie aan "
            + "tafel zat, de conclusie en wie wat doet (issue 14 punt 11); antwoordt met het nieuwe overlegId",
            description = "Met ten minste één taak heft het het signaal TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT op.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OverlegVastgelegdAntwoord legVast(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                             @Valid @RequestBody OverlegRequest request) {
        String overlegId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new LegOverlegVast(zaakId, overlegId, request.soort(), request.op(),
                request.deelnemers(), request.conclusie(),
                request.taken().stream().map(OverlegRequest.TaakRequest::taak).toList(),
                request.medewerker().medewerker()));
        return new OverlegVastgelegdAntwoord(zaakId, overlegId);
    }

    @Operation(summary = "Haal de overleggen van Veilig Thuis en het wijkteam over de zaak op, nieuwste eerst, met "
            + "wie wat doet (issue 14 punt 11)")
    @GetMapping
    public OverleggenVanZaak overleggen(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<OverleggenVanZaak> overleggen = queryGateway
                .query(new HaalOverleggenOp(zaakId), ResponseTypes.optionalInstanceOf(OverleggenVanZaak.class))
                .join();
        return overleggen.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }
}
