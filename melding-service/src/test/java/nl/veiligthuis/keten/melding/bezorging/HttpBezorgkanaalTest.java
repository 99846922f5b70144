package nl.veiligthuis.keten.melding.bezorging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** R6, D4: the letter carries the melder's contact, so outside the development mode it travels over https only. */
class HttpBezorgkanaalTest {

    @Test
    void r6_issue14_outsideTheDevelopmentModeTheChannelIsHttpsOnly() {
        assertThatThrownBy(() -> new HttpBezorgkanaal(URI.create("http://gateway.example/brieven"),
                Duration.ofSeconds(1), null, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https");
        assertThat(new HttpBezorgkanaal(URI.create("https://gateway.example/brieven"), Duration.ofSeconds(1),
                "Bearer x", false).ingesteld()).isTrue();
        assertThat(new HttpBezorgkanaal(URI.create("http://127.0.0.1:1/brieven"), Duration.ofSeconds(1), null, true)
                .ingesteld()).isTrue();
        // without a URL there is no channel: letters wait, visibly
        assertThat(new HttpBezorgkanaal(null, Duration.ofSeconds(1), null, false).ingesteld()).isFalse();
    }
}
