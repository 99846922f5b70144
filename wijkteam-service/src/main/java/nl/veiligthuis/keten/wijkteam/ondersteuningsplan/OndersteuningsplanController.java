package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.Optional;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;
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

/** R12: the ondersteuningsplan of a zaak, the teamleider's review, its evaluations and the procesbespreking. */
@RestController
@RequestMapping("/api/v1/zaken")
public class OndersteuningsplanController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public OndersteuningsplanController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Stel een (nieuwe versie van het) ondersteuningsplan op: perspectief, geprioriteerde "
            + "concrete doelen en acties per betrokken partij, met het gezin (R12); de versie wacht op de teamleider")
    @PostMapping("/{zaakId}/ondersteuningsplan")
    public OndersteuningsplanVastgelegd stelOp(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "ondersteuningsplan", value = """
                    {"perspectief": "Het gezin woont veilig samen en de ouders lossen ruzies op zonder geweld",
                     "doelen": [
                       {"prioriteit": 1, "omschrijving": "De ouders maken ruzie zonder geweld",
                        "beoogdResultaat": "Over drie maanden geen politiemelding meer en beide ouders zeggen dat"},
                       {"prioriteit": 2, "omschrijving": "De kinderen gaan elke dag naar school",
                        "beoogdResultaat": "Over acht weken geen ongeoorloofd verzuim meer, volgens de school"}],
                     "acties": [
                       {"partij": "GEZIN", "omschrijving": "Vader en moeder volgen samen een training",
                        "doelPrioriteit": 1},
                       {"partij": "SCHOOL", "omschrijving": "De mentor meldt verzuim dezelfde dag",
                        "doelPrioriteit": 2},
                       {"partij": "ANDERS", "partijNaam": "Buurtsportcoach",
                        "omschrijving": "Haalt de oudste op voor de training op woensdag", "doelPrioriteit": 2}],
                     "opgesteldMet": "MET_GEZIN",
                     "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody OndersteuningsplanRequest request) {
        int versie = commandGateway.sendAndWait(new StelOndersteuningsplanOp(zaakId, request.perspectief(),
                request.doelen().stream().map(DoelRequest::doel).toList(),
                request.acties().stream().map(ActieRequest::actie).toList(), request.opgesteldMet(),
                medewerker(request.medewerker())));
        return new OndersteuningsplanVastgelegd(zaakId, versie, PlanStatus.CONCEPT_TER_BEOORDELING);
    }

    @Operation(summary = "De teamleider keurt de wachtende versie van het ondersteuningsplan goed of stuurt die "
            + "terug met opmerkingen; vier ogen: niet wie het plan opstelde (kwaliteitsbewaking, R12)")
    @PostMapping("/{zaakId}/ondersteuningsplan/beoordeling")
    public OndersteuningsplanVastgelegd beoordeel(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "goedgekeurd", value = """
                            {"versie": 1, "besluit": "GOEDGEKEURD",
                             "teamleider": {"naam": "Joost de Vries", "telefoon": "010-8765432"}}"""),
                    @ExampleObject(name = "teruggestuurd", value = """
                            {"versie": 1, "besluit": "TERUGGESTUURD",
                             "opmerkingen": "Maak doel 2 concreet: wanneer is de schuldhulp rond?",
                             "teamleider": {"naam": "Joost de Vries", "telefoon": "010-8765432"}}""")}))
            @Valid @RequestBody BeoordelingRequest request) {
        // the same answer as for the veiligheidsplan and the afsluiting: a missing field is a 400 naming it
        if (request.besluit() == Beoordeling.TERUGGESTUURD
                && (request.opmerkingen() == null || request.opmerkingen().isBlank())) {
            throw new OngeldigeInvoer("opmerkingen", "een teruggestuurd ondersteuningsplan krijgt opmerkingen mee",
                    "NotBlank");
        }
        PlanStatus status = commandGateway.sendAndWait(new BeoordeelOndersteuningsplan(zaakId, request.versie(),
                request.besluit(), request.opmerkingen(), medewerker(request.teamleider())));
        return new OndersteuningsplanVastgelegd(zaakId, request.versie(), status);
    }

    @Operation(summary = "Evalueer het goedgekeurde ondersteuningsplan: de stand van elk doel, met of zonder het "
            + "gezin, en de bijstelling (R12)")
    @PostMapping("/{zaakId}/ondersteuningsplan/evaluaties")
    public EvaluatieVastgelegd evalueer(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "evaluatie", value = """
                    {"doelen": [
                       {"prioriteit": 1, "stand": "DEELS_BEHAALD",
                        "toelichting": "Geen politiemelding meer; moeder voelt zich nog niet veilig"},
                       {"prioriteit": 2, "stand": "BEHAALD"}],
                     "samenMetGezin": true,
                     "bijstelling": "Doel 1 loopt door; de training wordt verlengd",
                     "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody EvaluatieRequest request) {
        int versie = commandGateway.sendAndWait(new EvalueerOndersteuningsplan(zaakId,
                request.doelen().stream().map(DoelEvaluatieRequest::evaluatie).toList(), request.samenMetGezin(),
                request.bijstelling(), medewerker(request.medewerker())));
        return new EvaluatieVastgelegd(zaakId, versie);
    }

    @Operation(summary = "Leg de procesbespreking vast die zes weken na de start van de hulp in het team "
            + "plaatsvindt (R12); later mag ook, dan is ze niet op tijd")
    @PostMapping("/{zaakId}/procesbespreking")
    public ProcesbesprekingVastgelegd houdProcesbespreking(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "procesbespreking", value = """
                    {"gehoudenOp": "2026-11-20T13:30:00Z",
                     "uitkomst": "Het team ziet voortgang; de regisseur vraagt schuldhulp aan",
                     "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody ProcesbesprekingRequest request) {
        boolean opTijd = commandGateway.sendAndWait(new HoudProcesbespreking(zaakId, request.gehoudenOp(),
                request.uitkomst(), medewerker(request.medewerker())));
        return new ProcesbesprekingVastgelegd(zaakId, opTijd);
    }

    @Operation(summary = "Leg vast dat het gezin een familiegroepsplan is aangeboden en wat het antwoordde (R12; "
            + "001 Bijlage 1: het gezin is in de gelegenheid gesteld een familiegroepsplan op te stellen)")
    @PostMapping("/{zaakId}/ondersteuningsplan/familiegroepsplan-aanbod")
    @ResponseStatus(HttpStatus.CREATED)
    public FamiliegroepsplanAanbodVastgelegd biedFamiliegroepsplanAan(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "aanbod", value = """
                    {"aangebodenOp": "2026-12-03", "antwoord": "GEZIN_ZIET_AF",
                     "toelichting": "Moeder wil eerst zelf met haar zus praten",
                     "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")))
            @Valid @RequestBody FamiliegroepsplanAanbodRequest request) {
        commandGateway.sendAndWait(new BiedFamiliegroepsplanAan(zaakId, request.aangebodenOp(), request.antwoord(),
                request.toelichting(), medewerker(request.medewerker())));
        return new FamiliegroepsplanAanbodVastgelegd(zaakId, request.aangebodenOp(), request.antwoord());
    }

    @Operation(summary = "Haal het ondersteuningsplan van een zaak op: de huidige versie met haar status, doelen en "
            + "acties, de beoordelingen van alle versies, de evaluaties, de termijn van de procesbespreking en het "
            + "aanbod van een familiegroepsplan (R12)")
    @GetMapping("/{zaakId}/ondersteuningsplan")
    public OndersteuningsplanOverzicht haalOp(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<OndersteuningsplanOverzicht> overzicht = queryGateway
                .query(new HaalOndersteuningsplanOp(zaakId),
                        ResponseTypes.optionalInstanceOf(OndersteuningsplanOverzicht.class))
                .join();
        return overzicht.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }

    private static Medewerker medewerker(MedewerkerRequest request) {
        return request.medewerker();
    }
}
