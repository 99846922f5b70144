package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.wijkteam.toegang.WijkteamToegang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/werkvoorraad")
public class WerkvoorraadController {

    private final WerkvoorraadRepository werkvoorraad;

    WerkvoorraadController(WerkvoorraadRepository werkvoorraad) {
        this.werkvoorraad = werkvoorraad;
    }

    @Operation(summary = "De werkvoorraad van een gemeente of van één wijkteam: open zaken met hun eerstvolgende "
            + "termijn en signalen (geen regisseur, geen plan, onveilig kind zonder veiligheidsplan, gemiste "
            + "evaluaties, ...), en de terugmeldingen aan Veilig Thuis per gezin (R9)")
    @GetMapping
    public Werkvoorraad werkvoorraad(
            @Parameter(example = "Vlaardingen") @RequestParam(required = false) String gemeente,
            @Parameter(example = "Westwijk", description = "Optional: one team; its list also shows the gemeente's "
                    + "handovers that no team accepted yet; a token naming a team gets that team's list")
            @RequestParam(required = false) String team,
            Beller beller) {
        return werkvoorraad.van(WijkteamToegang.verplichteGemeente(gemeente),
                WijkteamToegang.gevraagdTeam(beller, team));
    }
}
