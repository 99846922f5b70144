package nl.veiligthuis.keten.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits at most {@code keten.web.max-gelijktijdig} API requests at once; a request that finds no room within
 * {@code keten.web.max-wachttijd} gets 503 with {@code Retry-After} instead of queueing on the connection pool until
 * it times out. The limit stays below the connection pool, so event processors, Kafka listeners and the deadline
 * scheduler always find a connection (docs/reliability.md, "Sizing").
 */
public class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final Semaphore ruimte;
    private final Duration maxWachttijd;
    private final Counter geweigerd;

    public ConcurrencyLimitFilter(int maxGelijktijdig, Duration maxWachttijd, MeterRegistry meters) {
        this.ruimte = new Semaphore(maxGelijktijdig, true);
        this.maxWachttijd = maxWachttijd;
        this.geweigerd = Counter.builder("keten.web.verzoeken.geweigerd")
                .description("API requests refused with 503 because the service was saturated")
                .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean toegelaten;
        try {
            toegelaten = ruimte.tryAcquire(maxWachttijd.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            toegelaten = false;
        }
        if (!toegelaten) {
            geweigerd.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDEN);
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.SERVICE_UNAVAILABLE,
                    "Tijdelijk overbelast", "de dienst is overbelast; er is niets vastgelegd, stuur het verzoek "
                            + "opnieuw na Retry-After seconden", Map.of()));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            ruimte.release();
        }
    }
}
