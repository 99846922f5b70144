package nl.veiligthuis.keten.platform.toegangslog;

import java.util.Map;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Rol;
import org.springframework.core.env.Environment;

/**
 * The basis for access per role, as the access log records it (R20). Each text can be set per deployment with
 * {@code keten.toegangslog.grondslag.<ROL>}; the defaults name the legal task the role carries out, for the
 * organisation's privacy officer to confirm.
 */
final class Grondslagen {

    static final String NOODTOEGANG = "noodtoegang: ";

    private static final Map<String, String> STANDAARD = Map.of(
            Rol.VEILIG_THUIS_MEDEWERKER, "Wmo 2015 art. 4.1.1: taak Veilig Thuis",
            Rol.WIJKTEAMMEDEWERKER, "Jeugdwet art. 2.3 / Wmo 2015 art. 2.3.2: hulp door de gemeente",
            Rol.TEAMLEIDER, "Jeugdwet art. 2.3 / Wmo 2015 art. 2.3.2: hulp door de gemeente",
            Rol.INSPECTEUR, "Wmo 2015 art. 6.1 / Jeugdwet art. 9.1: toezicht",
            Rol.BEHEERDER, "beheer van de dienst, zonder persoonsgegevens",
            Beller.PARTNERSYSTEEM, "Wmo 2015 art. 5.2.6: melding aan Veilig Thuis");

    private final Environment omgeving;

    Grondslagen(Environment omgeving) {
        this.omgeving = omgeving;
    }

    String voor(String rol, String noodtoegang) {
        if (rol == null) {
            return "geen: niet geauthenticeerd";
        }
        String grondslag = omgeving.getProperty("keten.toegangslog.grondslag." + rol,
                STANDAARD.getOrDefault(rol, "geen: onbekende rol"));
        return noodtoegang == null ? grondslag : NOODTOEGANG + grondslag;
    }
}
