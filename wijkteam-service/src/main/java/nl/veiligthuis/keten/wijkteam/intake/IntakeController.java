package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.EnumMap;
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
 * R11, the intake of a zaak in treatment. A gezinslid unknown in the zaak is refused with 409 R11 (it is the
 * intake's rule that one speaks with registered gezinsleden); an unknown zaak is a 404.
 */
@RestController
@RequestMapping("/api/v1/zaken/{zaakId}")
public class IntakeController {

    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String LID_ID = "0b8f6c2e-5d4a-4b3c-9e1f-7a6b5c4d3e2f";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public IntakeController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Registreer een gezinslid met zijn rol, voor de gesprekken en inschattingen van de intake "
            + "(R11); antwoordt met het nieuwe lidId",
            description = "Een persoon die Veilig Thuis noemde (genoemdDoorVeiligThuis in de intake) registreer je met "
                    + "zijn persoonId; een door Veilig Thuis genoemd kind alleen met rol KIND (409 R11).")
    @PostMapping("/gezinsleden")
    @ResponseStatus(HttpStatus.CREATED)
    public IntakeVastgelegd registreer(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "ouder uit het overdrachtspakket", value = """
                            {"rol": "OUDER", "persoonId": "6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b",
                             "aanduiding": "moeder", "medewerker": {"naam": "Fatima el Amrani"}}"""),
                    @ExampleObject(name = "kind", value = """
                            {"rol": "KIND", "aanduiding": "oudste dochter",
                             "medewerker": {"naam": "Fatima el Amrani", "telefoon": "010-2345678"}}""")}))
            @Valid @RequestBody GezinslidRequest request) {
        String lidId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RegistreerGezinslid(zaakId, lidId, request.rol(), request.persoonId(),
                request.aanduiding(), Velden.medewerker(request.medewerker())));
        return new IntakeVastgelegd(zaakId, lidId);
    }

    @Operation(summary = "Koppel een persoon die Veilig Thuis noemde aan een gezinslid van de zaak (R11)",
            description = "Voor een persoon die al onder een andere persoonId of zonder persoonId is geregistreerd, "
                    + "bijvoorbeeld een kind uit twee gekoppelde meldingen. Een door Veilig Thuis genoemd kind wordt "
                    + "alleen aan een KIND gekoppeld (409 R11); opnieuw dezelfde koppeling verandert niets.")
    @PostMapping("/genoemde-gezinsleden/{persoonId}/koppeling")
    public IntakeVastgelegd koppel(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b") @PathVariable String persoonId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "zelfde kind, tweede persoonId", value = """
                            {"lidId": "0b8f6c2e-5d4a-4b3c-9e1f-7a6b5c4d3e2f",
                             "medewerker": {"naam": "Fatima el Amrani"}}""")}))
            @Valid @RequestBody KoppelingRequest request) {
        commandGateway.sendAndWait(new KoppelGenoemdGezinslid(zaakId, persoonId, request.lidId().strip(),
                Velden.medewerker(request.medewerker())));
        return new IntakeVastgelegd(zaakId, request.lidId().strip());
    }

    @Operation(summary = "Leg vast of met een gezinslid is gesproken, en zo niet waarom niet (R11); het laatste "
            + "gesprek telt")
    @PostMapping("/gezinsleden/{lidId}/gesprekken")
    public IntakeVastgelegd legGesprekVast(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = LID_ID) @PathVariable String lidId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "gesproken", value = """
                            {"gesproken": true, "gevoerdOp": "2026-11-16",
                             "medewerker": {"naam": "Fatima el Amrani"}}"""),
                    @ExampleObject(name = "niet gesproken", summary = "Altijd met de reden; ANDERS met toelichting",
                            value = """
                            {"gesproken": false, "gevoerdOp": "2026-11-16", "redenNietGesproken": "ANDERS",
                             "toelichting": "Vader woont in het buitenland; gebeld en gemaild zonder reactie.",
                             "medewerker": {"naam": "Fatima el Amrani"}}""")}))
            @Valid @RequestBody GesprekRequest request) {
        commandGateway.sendAndWait(new LegGesprekVast(zaakId, lidId, request.gesproken(), request.gevoerdOp(),
                request.redenNietGesproken(), request.toelichting(), Velden.medewerker(request.medewerker())));
        return new IntakeVastgelegd(zaakId, lidId);
    }

    @Operation(summary = "Leg de veiligheidsinschatting van een kind vast: het instrument, het oordeel van de "
            + "professional, de onderbouwing en over welke volwassenen zij gaat; het systeem berekent geen oordeel (R11)",
            description = "volwassenen: de ouders en (ex-)partners (lidIds) die de inschatting betreft (issue 14 punt 9); "
                    + "een geregistreerde ouder of (ex-)partner die ontbreekt geeft het signaal "
                    + "INSCHATTING_NIET_OVER_ALLE_OUDERS. Een kind of onbekend lidId is 409 R11.")
    @PostMapping("/gezinsleden/{lidId}/veiligheidsinschattingen")
    public IntakeVastgelegd legVeiligheidsinschattingVast(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = LID_ID) @PathVariable String lidId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "ETM", value = """
                            {"instrument": "ETM", "oordeel": "ZORGELIJK",
                             "onderbouwing": "Geen geweld gezien of gemeld; wel spanningen tussen de ouders.",
                             "medewerker": {"naam": "Fatima el Amrani"}}"""),
                    @ExampleObject(name = "LIRIK bij risico's", value = """
                            {"instrument": "LIRIK", "oordeel": "ONVEILIG",
                             "onderbouwing": "Kind vertelt over klappen; moeder kan niet beschermen.",
                             "medewerker": {"naam": "Fatima el Amrani"},
                             "volwassenen": ["6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b",
                                             "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"]}""")}))
            @Valid @RequestBody VeiligheidsinschattingRequest request) {
        commandGateway.sendAndWait(new LegVeiligheidsinschattingVast(zaakId, lidId, request.instrument(),
                request.oordeel(), request.onderbouwing(), Velden.medewerker(request.medewerker()),
                request.volwassenen() == null ? List.of() : request.volwassenen()));
        return new IntakeVastgelegd(zaakId, lidId);
    }

    @Operation(summary = "Leg de zelfredzaamheidsmatrix (ZRM) van een volwassen gezinslid vast: alle 13 domeinen "
            + "een score 1-5, bij de start of het einde van de hulp (R11)")
    @PostMapping("/gezinsleden/{lidId}/zrm")
    public IntakeVastgelegd legZrmVast(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Parameter(example = LID_ID) @PathVariable String lidId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "start", value = """
                            {"moment": "START", "peildatum": "2026-11-16",
                             "scores": {"FINANCIEN": 2, "WERK_EN_OPLEIDING": 3, "TIJDSBESTEDING": 3,
                                        "HUISVESTING": 4, "HUISELIJKE_RELATIES": 2, "GEESTELIJKE_GEZONDHEID": 3,
                                        "LICHAMELIJKE_GEZONDHEID": 4, "MIDDELENGEBRUIK": 5, "BASALE_ADL": 5,
                                        "INSTRUMENTELE_ADL": 4, "SOCIAAL_NETWERK": 2,
                                        "MAATSCHAPPELIJKE_PARTICIPATIE": 3, "JUSTITIE": 5},
                             "medewerker": {"naam": "Fatima el Amrani"}}""")}))
            @Valid @RequestBody ZrmRequest request) {
        commandGateway.sendAndWait(new LegZrmVast(zaakId, lidId, request.moment(), new EnumMap<>(request.scores()),
                request.peildatum(), Velden.medewerker(request.medewerker())));
        return new IntakeVastgelegd(zaakId, lidId);
    }

    @Operation(summary = "Leg de leefgebiedenanalyse vast: bevindingen voor alle vijf de leefgebieden (R11)")
    @PostMapping("/leefgebiedenanalyse")
    public IntakeVastgelegd legLeefgebiedenanalyseVast(
            @Parameter(example = ZAAK_ID) @PathVariable String zaakId,
            @Valid @RequestBody LeefgebiedenanalyseRequest request) {
        commandGateway.sendAndWait(new LegLeefgebiedenanalyseVast(zaakId, new EnumMap<>(request.bevindingen()),
                Velden.medewerker(request.medewerker())));
        return new IntakeVastgelegd(zaakId, null);
    }

    @Operation(summary = "Haal de intake van een zaak op: de gezinsleden met hun laatste gesprek, "
            + "veiligheidsinschattingen en ZRM, de leefgebiedenanalyse en wat nog ontbreekt (R11)",
            description = "genoemdDoorVeiligThuis: de personen die de overdracht(en) van Veilig Thuis voor het gezin "
                    + "noemen, met het lidId waaronder het team hen registreerde (null: nog niet). De zaak wordt niet "
                    + "afgesloten zolang een genoemd kind niet geregistreerd, gesproken (of de reden vastgelegd) en "
                    + "veilig beoordeeld is (R11, R16).")
    @GetMapping("/intake")
    public IntakeOverzicht intake(@Parameter(example = ZAAK_ID) @PathVariable String zaakId) {
        Optional<IntakeOverzicht> intake = queryGateway
                .query(new HaalIntakeOp(zaakId), ResponseTypes.optionalInstanceOf(IntakeOverzicht.class))
                .join();
        return intake.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }
}
