package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.Optional;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R10: who holds the regie of a zaak, and every change of it. */
@RestController
@RequestMapping("/api/v1/zaken")
public class RegieController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public RegieController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Wijs de casusregisseur van een zaak toe of wissel hem, met de reden van de wissel (R10)")
    @PostMapping("/{zaakId}/regisseur")
    public RegieVastgelegd wijsToe(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "eerste regisseur", summary = "Na acceptatie; een reden is optioneel",
                            value = """
                            {"regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678",
                                           "organisatie": "Minters"}}"""),
                    @ExampleObject(name = "wissel", summary = "Een wissel van regie legt altijd de reden vast",
                            value = """
                            {"regisseur": {"naam": "Joost de Vries", "telefoon": "010-8765432",
                                           "organisatie": "Enver"},
                             "reden": "Fatima gaat met verlof; Joost neemt de regie over en kent het gezin al."}""")}))
            @Valid @RequestBody RegisseurToewijzingRequest request) {
        boolean wissel = commandGateway.sendAndWait(
                new WijsRegisseurToe(zaakId, request.regisseur().regisseur(), request.reden()));
        return new RegieVastgelegd(zaakId, wissel);
    }

    @Operation(summary = "Haal de regiegeschiedenis van een zaak op: wie, van wanneer tot wanneer, en waarom (R10)")
    @GetMapping("/{zaakId}/regie")
    public Regie regie(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<Regie> regie = queryGateway
                .query(new HaalRegieOp(zaakId), ResponseTypes.optionalInstanceOf(Regie.class))
                .join();
        return regie.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }
}
