package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R13: the veiligheidsplan of a zaak, its evaluations, its end and the teamleider's review. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}/veiligheidsplan")
public class VeiligheidsplanController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final VeiligheidsplanRepository repository;

    public VeiligheidsplanController(CommandGateway commandGateway, VeiligheidsplanRepository repository) {
        this.commandGateway = commandGateway;
        this.repository = repository;
    }

    @Operation(summary = "Stel een (nieuwe versie van het) veiligheidsplan op: afspraken met wie verantwoordelijk is "
            + "en wanneer aan wie rapporteert, maatregelen bij onveiligheid, de startsituatie per kind en een "
            + "doorlooptijd van ten hoogste drie maanden; de ernst bepaalt de evaluatiemomenten (R13)")
    @PostMapping
    public VeiligheidsplanVastgelegd stelOp(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "veiligheidsplan", value = """
                    {"ernst": "HOOG",
                     "afspraken": [{"omschrijving": "Vader verblijft tot de evaluatie niet in de woning",
                                    "verantwoordelijke": "Vader", "rapporteertAan": "Casusregisseur",
                                    "rapportagemoment": "Elke maandag telefonisch"}],
                     "maatregelenBijOnveiligheid": "Bij een nieuw incident meldt school direct bij Veilig Thuis",
                     "startsituatie": [{"lidId": "3f2b8c1e-6d4a-4b7e-9c1f-2a3b4c5d6e7f", "oordeel": "ONVEILIG",
                                        "toelichting": "Was getuige van geweld tussen de ouders"}],
                     "eindigtOp": "2027-02-20T09:00:00Z",
                     "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody VeiligheidsplanRequest request) {
        int versie = commandGateway.sendAndWait(new StelVeiligheidsplanOp(zaakId, request.ernst(),
                request.afspraken().stream().map(AfspraakRequest::afspraak).toList(),
                request.maatregelenBijOnveiligheid().strip(), oordelen(request.startsituatie()), request.eindigtOp(),
                medewerker(request.medewerker())));
        return new VeiligheidsplanVastgelegd(zaakId, versie);
    }

    @Operation(summary = "Beoordeel als teamleider de laatste versie van het veiligheidsplan: goedkeuren of met "
            + "opmerkingen terugsturen; niet door wie het opstelde (kwaliteitscontrole, R13)")
    @PostMapping("/beoordeling")
    public VeiligheidsplanVastgelegd beoordeel(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                               @Valid @RequestBody BeoordelingRequest request) {
        if (request.besluit() == Beoordeling.TERUGGESTUURD
                && (request.opmerkingen() == null || request.opmerkingen().isBlank())) {
            throw new OngeldigeInvoer("opmerkingen", "een teruggestuurd veiligheidsplan krijgt opmerkingen mee",
                    "NotBlank");
        }
        commandGateway.sendAndWait(new BeoordeelVeiligheidsplan(zaakId, request.versie(), request.besluit(),
                request.opmerkingen(), medewerker(request.teamleider())));
        return new VeiligheidsplanVastgelegd(zaakId, request.versie());
    }

    @Operation(summary = "Evalueer het veiligheidsplan: de huidige veiligheid per kind naast de startsituatie, of "
            + "de afspraken zijn nagekomen en de maatregelen zolang de veiligheid niet bereikt is (R13)")
    @PostMapping("/evaluaties")
    public VeiligheidsplanVastgelegd evalueer(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                              @Valid @RequestBody EvaluatieRequest request) {
        int versie = commandGateway.sendAndWait(new EvalueerVeiligheidsplan(zaakId,
                oordelen(request.huidigeSituatie()), request.afsprakenNagekomen(), request.maatregelen(),
                medewerker(request.medewerker())));
        return new VeiligheidsplanVastgelegd(zaakId, versie);
    }

    @Operation(summary = "Beëindig het veiligheidsplan: omdat de veiligheid hersteld is (na een evaluatie waarin "
            + "elk kind veilig was) of omdat jeugdbescherming het overneemt (R13)")
    @PostMapping("/beeindiging")
    public VeiligheidsplanVastgelegd beeindig(@Parameter(example = ZAAK_ID) @PathVariable String zaakId,
                                              @Valid @RequestBody BeeindigingRequest request) {
        int versie = commandGateway.sendAndWait(new BeeindigVeiligheidsplan(zaakId, request.reden(),
                request.toelichting().strip(), medewerker(request.medewerker())));
        return new VeiligheidsplanVastgelegd(zaakId, versie);
    }

    @Operation(summary = "Haal het veiligheidsplan van een zaak op: de huidige versie met status, beoordeling, "
            + "afspraken, termijnen, evaluaties met de vergelijking per kind, gemiste evaluaties en eerdere versies")
    @GetMapping
    public VeiligheidsplanOverzicht haalOp(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        return repository.huidig(zaakId)
                .orElseThrow(() -> new NietGevonden("zaak " + zaakId + " heeft geen veiligheidsplan"));
    }

    private static List<KindOordeel> oordelen(List<KindOordeelRequest> oordelen) {
        return oordelen.stream().map(KindOordeelRequest::kindOordeel).toList();
    }

    private static Medewerker medewerker(MedewerkerRequest request) {
        return request.medewerker();
    }
}
