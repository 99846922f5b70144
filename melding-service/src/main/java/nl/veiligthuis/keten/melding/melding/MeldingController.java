package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.veiligthuis.keten.melding.regio.RegioIndeling;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meldingen")
public class MeldingController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock klok;
    private final RegioIndeling regioIndeling;

    public MeldingController(CommandGateway commandGateway, QueryGateway queryGateway, Clock klok,
                             RegioIndeling regioIndeling) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.klok = klok;
        this.regioIndeling = regioIndeling;
    }

    @Operation(summary = "Registreer een melding over een gezin")
    @PostMapping
    public ResponseEntity<MeldingGeregistreerd> registreer(@Valid @RequestBody MeldingRequest request) {
        var nu = klok.instant();
        var ontvangenOp = request.ontvangenOp() == null ? nu : request.ontvangenOp();
        if (ontvangenOp.isAfter(nu)) {
            throw new OngeldigeInvoer("ontvangenOp",
                    "het moment van ontvangst ligt niet in de toekomst (R1: termijnen tellen vanaf ontvangst)",
                    "PastOrPresent");
        }
        var meldingId = UUID.randomUUID().toString();
        var gezinId = UUID.randomUUID().toString();
        var leden = request.gezin().leden().stream()
                .map(lid -> new Gezinslid(UUID.randomUUID().toString(), lid.rol(), lid.voornaam(), lid.achternaam(),
                        lid.geboortedatum()))
                .toList();
        var melder = new Melder(request.melder().type(), request.melder().organisatie(), request.melder().contact());
        commandGateway.sendAndWait(new RegistreerMelding(meldingId, gezinId, melder, request.gezin().gemeente(),
                regioIndeling.regioVan(request.gezin().gemeente()).orElse(null), leden, request.geweldsvormen(), request.kinderenAanwezig(), request.acuutOnveilig(),
                request.omschrijving(), ontvangenOp));
        return ResponseEntity.created(URI.create("/api/v1/meldingen/" + meldingId))
                .body(new MeldingGeregistreerd(meldingId, gezinId,
                        regioIndeling.regioVan(request.gezin().gemeente()).orElse(null), ontvangenOp));
    }

    @Operation(summary = "Haal het overzicht van een melding op (zonder persoonsgegevens)")
    @GetMapping("/{meldingId}")
    public MeldingOverzicht haalOp(@PathVariable String meldingId) {
        Optional<MeldingOverzicht> overzicht = queryGateway
                .query(new HaalMeldingOp(meldingId), ResponseTypes.optionalInstanceOf(MeldingOverzicht.class))
                .join();
        return overzicht.orElseThrow(() -> new NietGevonden("melding " + meldingId + " is niet bekend"));
    }
}
