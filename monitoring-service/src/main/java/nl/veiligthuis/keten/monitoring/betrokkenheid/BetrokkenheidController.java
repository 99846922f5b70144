package nl.veiligthuis.keten.monitoring.betrokkenheid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * R18 in the manner of the Verwijsindex: an organisation registers its involvement, sees the others involved
 * with a gezin it is involved with itself, and its matches. Every path needs a bearer token (ADR 0003); the
 * organisation is always the token's. A caller not entitled gets the same 404 as for an unknown gezin.
 */
@RestController
public class BetrokkenheidController {

    static final String INSPECTEUR = "INSPECTEUR";

    private final CommandGateway commandGateway;
    private final Betrokkenheden betrokkenheden;

    public BetrokkenheidController(CommandGateway commandGateway, Betrokkenheden betrokkenheden) {
        this.commandGateway = commandGateway;
        this.betrokkenheden = betrokkenheden;
    }

    @Operation(summary = "Registreer dat de eigen organisatie betrokken is bij een gezin of een kind (R18)")
    @PostMapping("/api/v1/betrokkenheden")
    public ResponseEntity<BetrokkenheidGeregistreerdAntwoord> registreer(Beller beller,
                                                                         @Valid @RequestBody BetrokkenheidRequest request) {
        String persoonId = request.persoonId() == null || request.persoonId().isBlank() ? null : request.persoonId();
        // a team's professional registers for their team: it opens the gezin to that team, not the whole wijkteam
        String betrokkenheidId = Betrokkenheid.id(beller.organisatie(), beller.team(), request.gezinId(), persoonId);
        Instant geregistreerdOp = commandGateway.sendAndWait(new RegistreerBetrokkenheid(betrokkenheidId,
                request.gezinId(), persoonId, beller.organisatie(), beller.rol(), request.reden(), beller.team()));
        return ResponseEntity.created(URI.create("/api/v1/gezinnen/" + request.gezinId() + "/betrokkenheid"))
                .body(new BetrokkenheidGeregistreerdAntwoord(betrokkenheidId, request.gezinId(), persoonId,
                        beller.organisatie(), request.reden(), geregistreerdOp));
    }

    @Operation(summary = "Beëindig de betrokkenheid die de eigen organisatie registreerde (R18)")
    @DeleteMapping("/api/v1/betrokkenheden/{betrokkenheidId}")
    public ResponseEntity<Void> beeindig(Beller beller,
                                         @Parameter(example = "0b8f6e3c-2d4a-3b5c-9e1f-7a6b5c4d3e2f")
                                         @PathVariable String betrokkenheidId) {
        Boolean eigen = commandGateway.sendAndWait(new BeeindigBetrokkenheid(betrokkenheidId, beller.organisatie(),
                beller.team()));
        if (!Boolean.TRUE.equals(eigen)) {
            throw new NietGevonden("betrokkenheid " + betrokkenheidId + " is niet bekend");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Welke organisaties zijn betrokken bij een gezin, en is er een match (R18); alleen voor "
            + "een organisatie die zelf betrokken is, of de inspectie")
    @GetMapping("/api/v1/gezinnen/{gezinId}/betrokkenheid")
    public BetrokkenheidVanGezin vanGezin(Beller beller,
                                          @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01")
                                          @PathVariable String gezinId) {
        boolean gerechtigd = beller.heeftRol(INSPECTEUR) || betrokkenheden.isBetrokken(beller.organisatie(), gezinId);
        // one answer for "unknown" and "not yours": the caller learns nothing of a gezin it is not involved with
        NietGevonden onbekend = new NietGevonden("geen betrokkenheid bekend bij gezin " + gezinId);
        if (!gerechtigd) {
            throw onbekend;
        }
        return betrokkenheden.vanGezin(gezinId, beller.organisatie()).orElseThrow(() -> onbekend);
    }

    @Operation(summary = "De gezinnen met een match waarbij de eigen organisatie betrokken is (R18); "
            + "voor de inspectie alle")
    @GetMapping("/api/v1/betrokkenheden/matches")
    public Matches matches(Beller beller) {
        return new Matches(betrokkenheden.matches(beller.heeftRol(INSPECTEUR) ? null : beller.organisatie()));
    }
}
