package nl.veiligthuis.keten.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: a retry with the same key and body gets the first 2xx response again
 * ({@code Idempotency-Replayed: true}) without reaching the controller; the same key with another body is
 * refused with 422; while the first request runs, a second one gets 409. Refused or failed requests are not
 * stored, so a corrected retry with the same key can succeed. Requests without the header pass untouched.
 * Bodies are hashed, stored for replay and never logged (they hold personal data).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String REPLAYED = "Idempotency-Replayed";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;

    public IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdempotencyKey key;
        try {
            key = new IdempotencyKey(enigeWaarde(request));
        } catch (OngeldigeInvoer ongeldig) {
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.ongeldig(ongeldig.invalidParams()));
            return;
        }
        var verzoek = new GebufferdVerzoek(request);
        var sleutel = new VerzoekSleutel(key, request.getMethod(), request.getRequestURI());
        String hash = sha256(verzoek.body(), request.getUserPrincipal());

        Optional<IdempotencyRecord> eerder = eerderVerzoek(sleutel, hash);
        if (eerder.isEmpty()) {
            verwerk(verzoek, response, chain, sleutel);
        } else if (!eerder.get().requestHash().equals(hash)) {
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key hergebruikt", "Idempotency-Key is reused for a different request", Map.of()));
        } else if (eerder.get().inBehandeling()) {
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.CONFLICT,
                    "Verzoek in behandeling", "a request with this Idempotency-Key is still being processed",
                    Map.of()));
        } else {
            herhaal(eerder.get().antwoord(), response);
        }
    }

    /** Empty if this request has claimed the key; otherwise the row of the request that holds it. */
    private Optional<IdempotencyRecord> eerderVerzoek(VerzoekSleutel sleutel, String hash) {
        // The row may vanish between a failed claim and the lookup (the holder failed and gave the key back): claim again.
        for (int poging = 0; poging < 3; poging++) {
            if (store.claim(sleutel, hash)) {
                return Optional.empty();
            }
            Optional<IdempotencyRecord> eerder = store.zoek(sleutel);
            if (eerder.isPresent()) {
                return eerder;
            }
        }
        return Optional.of(new IdempotencyRecord(hash, null)); // still contended: answer as in progress (409)
    }

    private void verwerk(GebufferdVerzoek verzoek, HttpServletResponse response, FilterChain chain,
                         VerzoekSleutel sleutel) throws ServletException, IOException {
        var antwoord = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(verzoek, antwoord);
        } catch (ServletException | IOException | RuntimeException | Error fout) {
            store.geefVrij(sleutel);
            throw fout;
        }
        if (antwoord.getStatus() >= 200 && antwoord.getStatus() < 300) {
            legVast(sleutel, antwoord);
        } else {
            store.geefVrij(sleutel);
        }
        antwoord.copyBodyToResponse();
    }

    private void legVast(VerzoekSleutel sleutel, ContentCachingResponseWrapper antwoord) {
        try {
            store.legVast(sleutel, new OpgeslagenAntwoord(antwoord.getStatus(), antwoord.getContentType(),
                    antwoord.getHeader(HttpHeaders.LOCATION), antwoord.getContentAsByteArray()));
        } catch (DataAccessException fout) {
            // The effect has happened: answer it, and keep the claim so a retry gets 409 rather than a duplicate.
            LOG.warn("response for an Idempotency-Key on {} could not be stored: {}", sleutel.path(),
                    fout.getClass().getSimpleName());
        }
    }

    private static void herhaal(OpgeslagenAntwoord antwoord, HttpServletResponse response) throws IOException {
        response.setStatus(antwoord.status());
        if (antwoord.contentType() != null) {
            response.setContentType(antwoord.contentType());
        }
        if (antwoord.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, antwoord.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(antwoord.body().length);
        response.getOutputStream().write(antwoord.body());
    }

    private static String enigeWaarde(HttpServletRequest request) {
        var waarden = Collections.list(request.getHeaders(IdempotencyKey.HEADER));
        if (waarden.size() > 1) {
            throw new OngeldigeInvoer(IdempotencyKey.HEADER, "de header komt meer dan eens voor", "Size");
        }
        return waarden.get(0);
    }

    /**
     * A caller identified by a token (ADR 0003) is part of what a key stands for: another caller reusing the key gets
     * the 422 of a different request, never the first caller's answer.
     */
    private static String sha256(byte[] body, Principal beller) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (beller != null) {
                sha256.update(("beller:" + beller.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException("every JVM has SHA-256", onmogelijk);
        }
    }
}
