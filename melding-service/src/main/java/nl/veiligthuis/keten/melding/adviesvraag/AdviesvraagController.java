package nl.veiligthuis.keten.melding.adviesvraag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
@RequestMapping("/api/v1/adviesvragen")
public class AdviesvraagController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock klok;
    private final RegioIndeling regioIndeling;

    public AdviesvraagController(CommandGateway commandGateway, QueryGateway queryGateway, Clock klok,
                                 RegioIndeling regioIndeling) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.klok = klok;
        this.regioIndeling = regioIndeling;
    }

    @Operation(summary = "Registreer een adviesvraag (advies zonder melding; geen triage)")
    @PostMapping
    public ResponseEntity<NieuweAdviesvraag> registreer(@Valid @RequestBody AdviesvraagRequest request) {
        var nu = klok.instant();
        var ontvangenOp = request.ontvangenOp() == null ? nu : request.ontvangenOp();
        if (ontvangenOp.isAfter(nu)) {
            throw new OngeldigeInvoer("ontvangenOp", "het moment van ontvangst ligt niet in de toekomst",
                    "PastOrPresent");
        }
        var adviesvraagId = UUID.randomUUID().toString();
        var regio = regioIndeling.regioVan(request.gemeente()).orElse(null);
        var vrager = new Vrager(request.vrager().type(), request.vrager().organisatie(), request.vrager().contact());
        commandGateway.sendAndWait(new RegistreerAdviesvraag(adviesvraagId, vrager, request.gemeente(), regio,
                request.geweldsvormen(), request.kinderenBetrokken(), request.vraag(), request.advies(), ontvangenOp));
        return ResponseEntity.created(URI.create("/api/v1/adviesvragen/" + adviesvraagId))
                .body(new NieuweAdviesvraag(adviesvraagId, regio, ontvangenOp));
    }

    @Operation(summary = "Haal het overzicht van een adviesvraag op (zonder vrije tekst en contactgegevens)")
    @GetMapping("/{adviesvraagId}")
    public AdviesvraagOverzicht haalOp(
            @Parameter(example = "9b2d7c1e-4f3a-4e6b-8c5d-2a1f0e9d8c7b") @PathVariable String adviesvraagId) {
        Optional<AdviesvraagOverzicht> overzicht = queryGateway
                .query(new HaalAdviesvraagOp(adviesvraagId), ResponseTypes.optionalInstanceOf(AdviesvraagOverzicht.class))
                .join();
        return overzicht.orElseThrow(() -> new NietGevonden("adviesvraag " + adviesvraagId + " is niet bekend"));
    }
}
