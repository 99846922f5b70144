package nl.veiligthuis.keten.wijkteam.nazorg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.Optional;
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

/** Issue 14 point 7: nazorg after closing. A zaak not closed with nazorg answers 404 on GET, 409 R16 on a check. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}/nazorg")
public class NazorgController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public NazorgController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Leg een nazorgcontrole vast bij een afgesloten zaak: wanneer en wat zij liet zien over de "
            + "veiligheid (issue 14 punt 7); een controle na de laatste dag telt, als te laat")
    @PostMapping("/controles")
    @ResponseStatus(HttpStatus.CREATED)
    public NazorgcontroleVastgelegdAntwoord legVast(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                                    @Valid @RequestBody NazorgcontroleRequest request) {
        commandGateway.sendAndWait(new LegNazorgcontroleVast(zaakId, request.op(), request.beeld(),
                request.bevinding(), request.medewerker().medewerker()));
        return new NazorgcontroleVastgelegdAntwoord(zaakId, request.op());
    }

    @Operation(summary = "Haal de nazorg van een afgesloten zaak op: wie kijkt mee, tot wanneer, de controles en of de "
            + "termijn zonder controle verliep (issue 14 punt 7)")
    @GetMapping
    public NazorgOverzicht nazorg(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<NazorgOverzicht> nazorg = queryGateway
                .query(new HaalNazorgOp(zaakId), ResponseTypes.optionalInstanceOf(NazorgOverzicht.class))
                .join();
        return nazorg.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet afgesloten met nazorg"));
    }
}
