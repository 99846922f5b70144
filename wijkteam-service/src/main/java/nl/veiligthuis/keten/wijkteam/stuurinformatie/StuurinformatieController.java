package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.wijkteam.toegang.WijkteamToegang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issue 14 point 14: steering information for the teamleider, over the open zaken of a gemeente or one team. */
@RestController
@RequestMapping("/api/v1/stuurinformatie")
public class StuurinformatieController {

    private final StuurinformatieLezer lezer;

    StuurinformatieController(StuurinformatieLezer lezer) {
        this.lezer = lezer;
    }

    @Operation(summary = "Stuurinformatie voor de teamleider: per team en per casusregisseur de open zaken, de "
            + "termijnen gehaald en gemist, de gebruikte instrumenten en de open signalen (issue 14 punt 14)",
            description = "Over de open zaken (overgedragen of in behandeling) van de gemeente, of van één team; de "
                    + "signalen zijn die van de werkvoorraad. Een token dat een team noemt, krijgt de cijfers van dat "
                    + "team.")
    @GetMapping
    public Stuurinformatie stuurinformatie(
            @Parameter(example = "Vlaardingen") @RequestParam(required = false) String gemeente,
            @Parameter(example = "Westwijk", description = "Optional: one team (with the gemeente's handovers no "
                    + "team accepted yet)")
            @RequestParam(required = false) String team,
            Beller beller) {
        return lezer.van(WijkteamToegang.verplichteGemeente(gemeente),
                WijkteamToegang.gevraagdTeam(beller, team));
    }
}
