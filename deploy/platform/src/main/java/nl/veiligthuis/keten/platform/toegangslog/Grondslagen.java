package nl.veiligthuis.keten.platform.toegangslog;

import java.util.Map;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Rol;
import nl.veiligthuis.keten.platform.beveiliging.Scope;
import org.springframework.core.env.Environment;

/**
 * The basis for access per role, as the access log records it (R20). Each text can be set per deployment with
 * {@code keten.toegangslog.grondslag.<ROL>}; the defaults name the legal task the role carries out, for the
 * organisation's privacy officer to confirm.
 */
final class Grondslagen {

    static final String NOODTOEGANG = "noodtoegang: ";
    /** A system caller is recorded by its role and scope; this one has a basis of its own. */
    private static final String TERUGKOPPELING = Beller.PARTNERSYSTEEM + " " + Scope.TERUGKOPPELING_CONTACTPERSOON;

    private static final Map<String, String> STANDAARD = Map.of(
            Rol.VEILIG_THUIS_MEDEWERKER, "Wmo 2015 art. 4.1.1: taak Veilig Thuis",
            Rol.WIJKTEAMMEDEWERKER, "Jeugdwet art. 2.3 / Wmo 2015 art. 2.3.2: hulp door de gemeente",
            Rol.TEAMLEIDER, "Jeugdwet art. 2.3 / Wmo 2015 art. 2.3.2: hulp door de gemeente",
            Rol.INSPECTEUR, "Wmo 2015 art. 6.1 / Jeugdwet art. 9.1: toezicht",
            Rol.BEHEERDER, "beheer van de dienst, zonder persoonsgegevens",
            Beller.PARTNERSYSTEEM, "Wmo 2015 art. 5.2.6: melding aan Veilig Thuis",
            // issue 14 point 5: melding-service reads whom the melder can call, for the terugkoppeling (R6)
            TERUGKOPPELING, "Wmo 2015 art. 4.1.1: taak Veilig Thuis, terugkoppeling aan de melder (R6)");

    /** The processing activities (AVG art. 30) per role, as URIs into the organisation's register (LDV). */
    private static final String ACTIVITEIT = "urn:nl-veilig-thuis:keten:verwerkingsactiviteit:";
    private static final Map<String, String> STANDAARD_ACTIVITEIT = Map.of(
            Rol.VEILIG_THUIS_MEDEWERKER, ACTIVITEIT + "advies-en-meldpunt",
            Rol.WIJKTEAMMEDEWERKER, ACTIVITEIT + "hulp-door-de-gemeente",
            Rol.TEAMLEIDER, ACTIVITEIT + "hulp-door-de-gemeente",
            Rol.INSPECTEUR, ACTIVITEIT + "toezicht",
            Rol.BEHEERDER, ACTIVITEIT + "beheer",
            Beller.PARTNERSYSTEEM, ACTIVITEIT + "melding-aan-veilig-thuis",
            TERUGKOPPELING, ACTIVITEIT + "terugkoppeling-aan-de-melder");

    private final Environment omgeving;

    Grondslagen(Environment omgeving) {
        this.omgeving = omgeving;
    }

    /**
     * The processing activity of a recorded access, from the role it recorded ({@code WIJKTEAMMEDEWERKER team=…},
     * {@code PARTNERSYSTEEM meldingen:indienen}); per deployment {@code keten.toegangslog.verwerkingsactiviteit.<ROL>},
     * a URI into the organisation's own register.
     */
    String verwerkingsactiviteit(String vastgelegdeRol) {
        if (vastgelegdeRol == null || vastgelegdeRol.isBlank()) {
            return ACTIVITEIT + "niet-geauthenticeerd";
        }
        String opzoek = opzoeksleutel(vastgelegdeRol);
        return omgeving.getProperty("keten.toegangslog.verwerkingsactiviteit." + sleutel(opzoek),
                STANDAARD_ACTIVITEIT.getOrDefault(opzoek, ACTIVITEIT + "onbekende-rol"));
    }

    String voor(String rol, String noodtoegang) {
        if (rol == null) {
            return "geen: niet geauthenticeerd";
        }
        String opzoek = opzoeksleutel(rol);
        String grondslag = omgeving.getProperty("keten.toegangslog.grondslag." + sleutel(opzoek),
                STANDAARD.getOrDefault(opzoek, "geen: onbekende rol"));
        return noodtoegang == null ? grondslag : NOODTOEGANG + grondslag;
    }

    /**
     * The role as recorded (with all its token's scopes and team) to the key its basis is found under: a role with a
     * scope that has a basis of its own wins over the role, wherever the scope stands. A system token carries the
     * scopes of one purpose (security.md).
     */
    private static String opzoeksleutel(String vastgelegdeRol) {
        String[] delen = vastgelegdeRol.strip().split("\\s+");
        for (int i = 1; i < delen.length; i++) {
            String kandidaat = delen[0] + " " + delen[i];
            if (STANDAARD.containsKey(kandidaat)) {
                return kandidaat;
            }
        }
        return delen[0];
    }

    /** The property key: the role, or for a role with a scope {@code PARTNERSYSTEEM.terugkoppeling-contactpersoon}. */
    private static String sleutel(String opzoek) {
        return opzoek.replace(' ', '.').replace(':', '-');
    }
}
