package nl.veiligthuis.keten.platform.toegangslog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import nl.veiligthuis.keten.platform.web.ProblemResponse;

/**
 * Records every API request in the access log (R20), before Spring Security so that refused requests are recorded
 * too. The answer is held back until its record is stored: data that was read never leaves without a record. When the
 * record cannot be stored, a read answers 503 instead of its data; a change has already been stored with its actor in
 * the event store, so its answer still goes out, and the failure is counted and logged.
 */
class ToegangslogFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ToegangslogFilter.class);
    /** How much of a request body is kept for its ids: the API's bodies are far smaller. */
    private static final int VERZOEK_GELEZEN = 256 * 1024;

    private final Toegangslog log;
    private final Registratieopbouw opbouw;
    private final Clock klok;
    private final Counter mislukt;

    ToegangslogFilter(Toegangslog log, Registratieopbouw opbouw, Clock klok, MeterRegistry meters) {
        this.log = log;
        this.opbouw = opbouw;
        this.klok = klok;
        this.mislukt = Counter.builder("keten.toegangslog.mislukt")
                .description("API requests whose access log record could not be stored").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // decoded, as the servlet container, Spring Security and MVC match it: /%61pi/... is /api/... to them too
        String pad = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        // the API's own description holds no personal data
        return !pad.startsWith("/api/") || pad.startsWith("/api/v1/openapi.json") || pad.startsWith("/api/v1/docs");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant begin = klok.instant();
        Trace trace = Trace.uit(request.getHeader("traceparent"));
        // what the handler reads of the body is kept, for the ids it names; a refused request is never read
        var verzoek = new ContentCachingRequestWrapper(request, VERZOEK_GELEZEN);
        var antwoord = new ContentCachingResponseWrapper(response);
        boolean gefaald = true;
        try {
            chain.doFilter(verzoek, antwoord);
            gefaald = false;
        } finally {
            // an exception that escapes every handler becomes the container's 500
            int status = gefaald ? HttpStatus.INTERNAL_SERVER_ERROR.value() : antwoord.getStatus();
            boolean vastgelegd = vastleggen(verzoek, antwoord, status, begin, trace);
            if (!gefaald) {
                if (!vastgelegd && "GET".equals(request.getMethod()) && status < 300 && !antwoord.isCommitted()) {
                    antwoord.resetBuffer();
                    antwoord.setHeader(HttpHeaders.RETRY_AFTER, "1");
                    ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "Deze inzage kon niet in de toegangslog worden vastgelegd en wordt daarom niet getoond; "
                                    + "probeer het later opnieuw.");
                    probleem.setTitle("Toegangslog niet beschikbaar");
                    probleem.setType(URI.create("about:blank"));
                    ProblemResponse.schrijf(request, antwoord, probleem);
                }
                antwoord.copyBodyToResponse();
            }
        }
    }

    private boolean vastleggen(ContentCachingRequestWrapper request, ContentCachingResponseWrapper antwoord,
                               int status, Instant begin, Trace trace) {
        try {
            log.schrijf(opbouw.bouw(request, request.getContentAsByteArray(), antwoord,
                    antwoord.getContentAsByteArray(), status, begin, klok.instant(), trace));
            return true;
        } catch (RuntimeException e) {
            mislukt.increment();
            // the exception's class only: its message could quote a row
            LOG.error("Access log record not stored (trace {}): {}", trace.traceId(), e.getClass().getName());
            return false;
        }
    }
}
