package nl.veiligthuis.keten.wijkteam.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.time.Instant;
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

/** R14: the contacts of VT monitoring on a zaak and the team's answer on the agreed goals. */
@RestController
@RequestMapping("/api/v1/zaken")
public class MonitoringcontactController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String CONTACT_ID = "9b2e4c6a-1d3f-4a5b-8c7d-0e1f2a3b4c5d";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public MonitoringcontactController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Haal de monitoringcontacten van Veilig Thuis op een zaak op, met per contact of en hoe het "
            + "wijkteam heeft geantwoord (R14)")
    @GetMapping("/{zaakId}/monitoringcontacten")
    public MonitoringcontactenVanZaak contacten(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<MonitoringcontactenVanZaak> contacten = queryGateway
                .query(new HaalMonitoringcontactenOp(zaakId),
                        ResponseTypes.optionalInstanceOf(MonitoringcontactenVanZaak.class))
                .join();
        return contacten.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }

    @Operation(summary = "Beantwoord een monitoringcontact van Veilig Thuis met de stand van elk afgesproken doel "
            + "(R14); elk contact wordt één keer beantwoord")
    @PostMapping("/{zaakId}/monitoringcontacten/{contactId}/antwoord")
    public AntwoordVastgelegd beantwoord(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = CONTACT_ID) @PathVariable String contactId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "antwoord", value = """
                            {"doelen": [
                               {"doel": "Vader volgt de agressieregulatietraining", "stand": "IN_UITVOERING",
                                "toelichting": "Vier van de acht bijeenkomsten gevolgd"},
                               {"doel": "De kinderen gaan weer naar school", "stand": "BEHAALD"}],
                             "toelichting": "Het gezin werkt goed mee; de spanningen thuis nemen af",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")}))
            @Valid @RequestBody AntwoordRequest request) {
        Instant beantwoordOp = commandGateway.sendAndWait(new BeantwoordMonitoringcontact(zaakId, contactId,
                request.standen(), request.toelichting(), request.wijkteammedewerker()));
        return new AntwoordVastgelegd(zaakId, contactId, beantwoordOp);
    }
}
