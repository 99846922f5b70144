package nl.veiligthuis.keten.wijkteam.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
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

/**
 * Issue 14 point 6: the contact log of a zaak in treatment (R19) and its agreed contact frequency (R13). An unknown
 * zaak is a 404; a zaak not in treatment, a day outside it or a gezinslid unknown in the zaak a 409.
 */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}")
public class ContactController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public ContactController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Leg een contact vast: huisbezoek, gesprek, school, netwerk of andere hulpverlener; wanneer, "
            + "met wie en wat het liet zien over de veiligheid (issue 14 punt 6); antwoordt met het nieuwe contactId",
            description = "Een huisbezoek of gesprek waarbij niemand van het gezin is gezien, wordt vastgelegd maar telt "
                    + "niet als contact. Beeld ZORGEN_TOEGENOMEN of ONVEILIG geeft het signaal "
                    + "CONTACT_VRAAGT_OM_NIEUWE_INSCHATTING tot een kind opnieuw is beoordeeld.")
    @PostMapping("/contacten")
    @ResponseStatus(HttpStatus.CREATED)
    public ContactVastgelegdAntwoord legVast(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "huisbezoek", value = """
                            {"soort": "HUISBEZOEK", "op": "2026-11-30",
                             "gezien": ["0b8f6c2e-5d4a-4b3c-9e1f-7a6b5c4d3e2f"], "beeld": "ZORGEN_ONVERANDERD",
                             "bevinding": "Moeder en dochter thuis; de afspraken uit het veiligheidsplan worden nagekomen.",
                             "medewerker": {"naam": "Fatima el Amrani"}}"""),
                    @ExampleObject(name = "school", value = """
                            {"soort": "SCHOOL", "op": "2026-12-01", "met": "mentor van de oudste dochter",
                             "beeld": "ZORGEN_TOEGENOMEN",
                             "bevinding": "Drie dagen afwezig zonder bericht; blauwe plek gezien op maandag.",
                             "medewerker": {"naam": "Fatima el Amrani"}}""")}))
            @Valid @RequestBody ContactRequest request) {
        String contactId = UUID.randomUUID().toString();
        List<String> gezien = request.gezien() == null ? List.of() : request.gezien();
        commandGateway.sendAndWait(new LegContactVast(zaakId, contactId, request.soort(), request.op(), gezien,
                request.met(), request.beeld(), request.bevinding(), request.medewerker().medewerker()));
        return new ContactVastgelegdAntwoord(zaakId, contactId);
    }

    @Operation(summary = "Spreek af hoe vaak het team contact heeft met het gezin zolang een kind onveilig is "
            + "(issue 14 punt 6, R13); zonder afspraak geldt de standaard (14 dagen)")
    @PostMapping("/contactfrequentie")
    public ContactfrequentieAntwoord spreekFrequentieAf(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Valid @RequestBody FrequentieRequest request) {
        commandGateway.sendAndWait(new SpreekContactfrequentieAf(zaakId, request.dagen(), request.reden(),
                request.medewerker().medewerker()));
        return new ContactfrequentieAntwoord(zaakId, request.dagen());
    }

    @Operation(summary = "Haal het contactlogboek van een zaak op, nieuwste eerst, met de geldende contactfrequentie "
            + "en de dag waarop het volgende contact uiterlijk is (issue 14 punt 6)")
    @GetMapping("/contacten")
    public ContactlogboekOverzicht contacten(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<ContactlogboekOverzicht> logboek = queryGateway
                .query(new HaalContactlogboekOp(zaakId), ResponseTypes.optionalInstanceOf(ContactlogboekOverzicht.class))
                .join();
        return logboek.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }
}
