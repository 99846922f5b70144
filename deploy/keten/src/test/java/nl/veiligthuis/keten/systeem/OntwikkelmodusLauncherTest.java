package nl.veiligthuis.keten.systeem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 point 1: the run command's development mode is explicit, and it hands out a token per role. */
class OntwikkelmodusLauncherTest {

    @Test
    void issue13_theEmbeddedServersAndTheMovableClockStartOnlyInTheDevelopmentMode() {
        assertThat(KetenLauncher.weigering(false, false, false)).contains("--ontwikkeling");
        assertThat(KetenLauncher.weigering(true, false, false)).isNull();
        assertThat(KetenLauncher.weigering(false, true, false)).isNull();
        assertThat(KetenLauncher.weigering(false, true, true)).contains("KETEN_KLOK_VERSCHUIFBAAR");
        assertThat(KetenLauncher.weigering(true, false, true)).isNull();
    }

    @Test
    void issue13_theDevelopmentModeWritesATokenPerRoleOnlyTheUserMayRead(@TempDir Path map) throws Exception {
        Path bestand = map.resolve("ontwikkeltokens.env");
        Ontwikkeltokens.schrijf(bestand);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
        String inhoud = Files.readString(bestand);
        for (String naam : Ontwikkeltokens.perRol().keySet()) {
            assertThat(inhoud).contains("export " + naam + "=ey");
        }
        String vt = inhoud.lines().filter(regel -> regel.startsWith("export VT_TOKEN=")).findFirst().orElseThrow();
        String claims = new String(Base64.getUrlDecoder().decode(vt.split("\\.")[1]));
        assertThat(claims).contains("\"rol\":\"VEILIG_THUIS_MEDEWERKER\"", "\"aud\":\"veilig-thuis-keten\"",
                "\"organisatie\":\"Veilig Thuis Rotterdam Rijnmond\"");
    }
}
