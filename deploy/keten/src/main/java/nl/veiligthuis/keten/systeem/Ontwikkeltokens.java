package nl.veiligthuis.keten.systeem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligthuis.keten.embedded.DevToken;

/**
 * In the development mode, a token per role for the README's tour and for the load generator, written as shell
 * {@code export} lines that only the user may read. Signed with the development key, so useless outside it.
 */
final class Ontwikkeltokens {

    static final String VEILIG_THUIS = "Veilig Thuis Rotterdam Rijnmond";
    static final String WIJKTEAM = "Wijkteam Vlaardingen";

    private Ontwikkeltokens() {
    }

    static Map<String, String> perRol() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("VT_TOKEN", DevToken.voor(VEILIG_THUIS, "VEILIG_THUIS_MEDEWERKER", "ontwikkel-vt"));
        tokens.put("WIJKTEAM_TOKEN", DevToken.voor(WIJKTEAM, "WIJKTEAMMEDEWERKER", "ontwikkel-wijkteam"));
        tokens.put("TEAMLEIDER_TOKEN", DevToken.voor(WIJKTEAM, "TEAMLEIDER", "ontwikkel-teamleider"));
        tokens.put("INSPECTEUR_TOKEN", DevToken.voor("Inspectie Gezondheidszorg en Jeugd", "INSPECTEUR",
                "ontwikkel-inspecteur"));
        tokens.put("BEHEERDER_TOKEN", DevToken.voor("Beheer Veilig Thuis Keten", "BEHEERDER", "ontwikkel-beheerder"));
        tokens.put("PARTNER_TOKEN", DevToken.voorSysteem("Politie Eenheid Rotterdam", "meldingen:indienen"));
        return tokens;
    }

    static void schrijf(Path bestand) {
        StringBuilder inhoud = new StringBuilder("# Ontwikkeltokens (deploy/keten/run --ontwikkeling), 8 uur geldig\n");
        perRol().forEach((naam, token) -> inhoud.append("export ").append(naam).append('=').append(token).append('\n'));
        try {
            Files.deleteIfExists(bestand);
            Files.createFile(bestand, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(bestand, inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
