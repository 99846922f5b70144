package nl.veiligthuis.keten.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The bearer tokens the load generator calls with: Veilig Thuis's for melding- and triage-service, the
 * wijkteammedewerker's for wijkteam-service. From the environment ({@code VT_TOKEN}, {@code WIJKTEAM_TOKEN}) or else
 * from the file the run command writes in development mode ({@code --tokens}, default
 * {@code $KETEN_DATA_DIR/ontwikkeltokens.env}).
 */
record Tokens(String veiligThuis, String wijkteam) {

    static Tokens lees(String bestand) {
        Map<String, String> waarden = new HashMap<>();
        Path pad = Path.of(bestand);
        if (Files.isReadable(pad)) {
            try {
                for (String regel : Files.readAllLines(pad)) {
                    String zonder = regel.strip().replaceFirst("^export\\s+", "");
                    int is = zonder.indexOf('=');
                    if (!zonder.startsWith("#") && is > 0) {
                        waarden.put(zonder.substring(0, is), zonder.substring(is + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.getenv().forEach((naam, waarde) -> {
            if (naam.endsWith("_TOKEN") && !waarde.isBlank()) {
                waarden.put(naam, waarde);
            }
        });
        if (!waarden.containsKey("VT_TOKEN") || !waarden.containsKey("WIJKTEAM_TOKEN")) {
            throw new IllegalArgumentException("geen tokens: start de keten met deploy/keten/run --ontwikkeling (die "
                    + "schrijft " + bestand + "), of zet VT_TOKEN en WIJKTEAM_TOKEN");
        }
        return new Tokens(waarden.get("VT_TOKEN"), waarden.get("WIJKTEAM_TOKEN"));
    }

    String voorPoort(int poort) {
        return poort == 8083 ? wijkteam : veiligThuis;
    }
}
