package nl.veiligthuis.keten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 11, point 2: a saturated service answers 503 with Retry-After quickly instead of hanging. */
class ConcurrencyLimitFilterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(50), meters);

    @Test
    void aRequestThatFindsNoRoomGets503WithRetryAfterAndChangesNothing() throws Exception {
        var binnen = new CountDownLatch(1);
        var loslaten = new CountDownLatch(1);
        var eerste = CompletableFuture.runAsync(() -> {
            try {
                filter.doFilter(verzoek(), new MockHttpServletResponse(), (request, response) -> {
                    binnen.countDown();
                    try {
                        loslaten.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(binnen.await(10, TimeUnit.SECONDS)).isTrue();

        var antwoord = new MockHttpServletResponse();
        boolean[] bereikt = new boolean[1];
        filter.doFilter(verzoek(), antwoord, (request, response) -> bereikt[0] = true);

        assertThat(bereikt[0]).isFalse();
        assertThat(antwoord.getStatus()).isEqualTo(503);
        assertThat(antwoord.getHeader("Retry-After")).isEqualTo("1");
        assertThat(antwoord.getContentType()).isEqualTo("application/problem+json");
        assertThat(antwoord.getContentAsString()).contains("Tijdelijk overbelast");
        assertThat(meters.counter("keten.web.verzoeken.geweigerd").count()).isEqualTo(1.0);

        loslaten.countDown();
        eerste.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theRoomIsGivenBackSoTheNextRequestPasses() throws Exception {
        filter.doFilter(verzoek(), new MockHttpServletResponse(), (request, response) -> { });
        var antwoord = new MockHttpServletResponse();
        boolean[] bereikt = new boolean[1];

        filter.doFilter(verzoek(), antwoord, (request, response) -> bereikt[0] = true);

        assertThat(bereikt[0]).isTrue();
        assertThat(antwoord.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest verzoek() {
        return new MockHttpServletRequest("POST", "/api/v1/meldingen");
    }
}
