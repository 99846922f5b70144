package nl.veiligthuis.keten.wijkteam.afsluiting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R16/R17: closing a zaak after the teamleider's review, and informing huisarts, school and CJG with consent. */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}")
public class AfsluitingController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";

    private final CommandGateway commandGateway;
    private final AfsluitingProjection afsluitingen;

    public AfsluitingController(CommandGateway commandGateway, AfsluitingProjection afsluitingen) {
        this.commandGateway = commandGateway;
        this.afsluitingen = afsluitingen;
    }

    @Operation(summary = "Stel voor de zaak af te sluiten: alleen als de veiligheid van alle kinderen is vastgesteld "
            + "en het gezin zelfstandig verder kan of een vervolg is geregeld (R16); de teamleider beoordeelt")
    @PostMapping("/afsluiting")
    public AfsluitingStand stelVoor(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "zelfstandig verder", value = """
                            {"uitkomst": "ZELFSTANDIG_VERDER",
                             "onderbouwing": "Beide kinderen gesproken; LIRIK herhaald, oordeel veilig.",
                             "informeren": [{"partij": "HUISARTS", "toestemming": true},
                                            {"partij": "SCHOOL", "toestemming": false}],
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}"""),
                    @ExampleObject(name = "vervolg geregeld", value = """
                            {"uitkomst": "VERVOLG_GEREGELD",
                             "vervolg": "Gezinscoach van Enver blijft twee maanden betrokken.",
                             "onderbouwing": "Veiligheid hersteld; opvoedondersteuning loopt door.",
                             "informeren": [{"partij": "CJG", "toestemming": true}],
                             "medewerker": {"naam": "Fatima el Amrani"},
                             "nazorg": {"door": "ANDERE_ORGANISATIE", "organisatie": "CJG Vlaardingen",
                                        "tot": "2027-03-31"}}""")}))
            @Valid @RequestBody AfsluitingRequest request) {
        commandGateway.sendAndWait(new StelAfsluitingVoor(zaakId, request.uitkomst(),
                request.vervolg() == null || request.vervolg().isBlank() ? null : request.vervolg().strip(),
                request.onderbouwing().strip(),
                request.informeren().stream().map(InformatiedelingRequest::informatiedeling).toList(),
                request.medewerker().medewerker(), request.nazorg() == null ? null : request.nazorg().nazorg()));
        return new AfsluitingStand(zaakId, AfsluitingStatus.TER_BEOORDELING);
    }

    @Operation(summary = "Beoordeel de voorgestelde afsluiting als teamleider: goedkeuren sluit de zaak af, "
            + "terugsturen vraagt opmerkingen (kwaliteitscontrole, R16)")
    @PostMapping("/afsluiting/beoordeling")
    public AfsluitingStand beoordeel(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "goedgekeurd", value = """
                            {"besluit": "GOEDGEKEURD", "teamleider": {"naam": "Ria Vermeulen"}}"""),
                    @ExampleObject(name = "teruggestuurd", value = """
                            {"besluit": "TERUGGESTUURD",
                             "opmerkingen": "Spreek eerst de oudste zoon nog een keer.",
                             "teamleider": {"naam": "Ria Vermeulen", "telefoon": "010-1112233"}}""")}))
            @Valid @RequestBody BeoordelingRequest request) {
        boolean teruggestuurd = request.besluit() == Beoordeling.TERUGGESTUURD;
        if (teruggestuurd && (request.opmerkingen() == null || request.opmerkingen().isBlank())) {
            throw new OngeldigeInvoer("opmerkingen", "wie een afsluiting terugstuurt, schrijft op waarom",
                    "NotBlank");
        }
        commandGateway.sendAndWait(new BeoordeelAfsluiting(zaakId, request.besluit(),
                request.opmerkingen() == null ? null : request.opmerkingen().strip(), request.teamleider().medewerker()));
        return new AfsluitingStand(zaakId, teruggestuurd ? AfsluitingStatus.TERUGGESTUURD : AfsluitingStatus.AFGESLOTEN);
    }

    @Operation(summary = "Leg vast wie bij de start van de hulp is geïnformeerd (huisarts, school, CJG): met "
            + "toestemming, of zonder alleen bij een veiligheidsrisico met de reden (R16, R17)")
    @PostMapping("/informatiedeling")
    public AfsluitingStand informeer(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "start van de hulp", value = """
                            {"partijen": [{"partij": "HUISARTS", "toestemming": true},
                                          {"partij": "SCHOOL", "toestemming": false,
                                           "redenZonderToestemming": "School moet alert zijn op signalen."}],
                             "medewerker": {"naam": "Fatima el Amrani"}}""")}))
            @Valid @RequestBody InformatiedelingStartRequest request) {
        commandGateway.sendAndWait(new LegInformatiedelingVast(zaakId,
                request.partijen().stream().map(InformatiedelingRequest::informatiedeling).toList(),
                request.medewerker().medewerker()));
        return new AfsluitingStand(zaakId, null);
    }

    @Operation(summary = "Haal de afsluiting van een zaak op: voorstel, beoordelingen, uitkomst en wie met of zonder "
            + "toestemming is geïnformeerd")
    @GetMapping("/afsluiting")
    public AfsluitingOverzicht afsluiting(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        return afsluitingen.vanZaak(zaakId)
                .orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }
}
