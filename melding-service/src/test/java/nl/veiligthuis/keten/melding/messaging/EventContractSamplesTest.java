package nl.veiligthuis.keten.melding.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.veiligthuis.keten.testinfra.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The samples of the events this service added are valid, and their schemas keep personal data out (D4). */
class EventContractSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"melding-aan-gezin-gekoppeld.v1", "terugkoppeling-verstuurd.v1"})
    void theSampleMatchesItsSchema(String event) {
        EventContract.assertValid(event, EventContract.sample(event).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"tekst\": \"Geachte melder\"", "\"contact\": \"010-7654321\"",
            "\"partners\": [\"Wijkteam Vlaardingen\"]"})
    void r6_aTerugkoppelingWithContentOrContactDataIsNoValidEvent(String veld) {
        String sample = EventContract.sample("terugkoppeling-verstuurd.v1").replaceFirst("\\{", "{" + veld + ", ");
        assertThatThrownBy(() -> EventContract.assertValid("terugkoppeling-verstuurd.v1",
                sample.getBytes(StandardCharsets.UTF_8))).isInstanceOf(AssertionError.class);
    }

    @Test
    void r6_anAnonymousMelderNeverAppearsInATerugkoppeling() {
        String sample = EventContract.sample("terugkoppeling-verstuurd.v1").replace("\"POLITIE\"", "\"ANONIEM\"");
        assertThatThrownBy(() -> EventContract.assertValid("terugkoppeling-verstuurd.v1",
                sample.getBytes(StandardCharsets.UTF_8))).isInstanceOf(AssertionError.class);
    }
}
