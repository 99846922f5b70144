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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: a retry with the same key and body gets the first 2xx response again
 * ({@code Idempotency-Replayed: true}) without reaching the controller; the same key with another body is
 * refused with 422; while the first request runs, a second one gets 409. Refused or failed requests are not
 * stored, so a corrected retry with the same key can succeed. Requests without the header pass untouched.
 * Bodies are hashed, stored for replay and never logged (they hold personal data).
 * <p>
 * The whole request runs in one database transaction: the key's lock, the command's events, projections and
 * deadlines, and the stored answer commit together, and the client sees the 2xx only after that commit. A crash
 * before it leaves neither the effect nor the record; a retry then simply runs again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String REPLAYED = "Idempotency-Replayed";
    private static final String BEHEER = "/api/v1/beheer/";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyStore store;
    private final PlatformTransactionManager transactionManager;

    public IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactionManager = transactionManager;
    }

    /**
     * Operators' actions ({@code /api/v1/beheer/**}: herbouw, replay of parked records, the clock) guard against a
     * second start themselves and manage their own transactions, which must commit before their background work
     * begins: they do not run inside a request-wide transaction.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(IdempotencyKey.HEADER) == null
                || request.getRequestURI().startsWith(BEHEER);
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
        var antwoord = new ContentCachingResponseWrapper(response);

        TransactionStatus transactie = null;
        try {
            transactie = transactionManager.getTransaction(TransactionDefinition.withDefaults());
            store.ruimOp();
            if (!store.vergrendel(sleutel)) {
                transactionManager.rollback(transactie);
                ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.CONFLICT,
                        "Verzoek in behandeling", "een verzoek met deze Idempotency-Key is nog in behandeling",
                        Map.of()));
                return;
            }
            Optional<IdempotencyRecord> eerder = store.zoek(sleutel);
            if (eerder.isPresent()) {
                transactionManager.rollback(transactie);
                beantwoordHerhaling(request, response, eerder.get(), hash);
                return;
            }
            chain.doFilter(verzoek, antwoord);
            if (antwoord.getStatus() >= 200 && antwoord.getStatus() < 300) {
                store.legVast(sleutel, hash, new OpgeslagenAntwoord(antwoord.getStatus(), antwoord.getContentType(),
                        antwoord.getHeader(HttpHeaders.LOCATION), antwoord.getContentAsByteArray()));
                transactionManager.commit(transactie);
            } else {
                transactionManager.rollback(transactie);
            }
        } catch (TransactionException | DataAccessException nietVastgelegd) {
            rollBackIfOpen(transactie);
            // nothing of the request was stored: the client may retry with the same key
            LOG.warn("a request with an Idempotency-Key on {} was not committed: {}", sleutel.path(),
                    nietVastgelegd.getClass().getSimpleName());
            antwoord.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.SERVICE_UNAVAILABLE,
                    "Niet vastgelegd", "er is niets vastgelegd; probeer opnieuw met dezelfde Idempotency-Key", Map.of()));
            return;
        } catch (ServletException | IOException | RuntimeException | Error fout) {
            rollBackIfOpen(transactie);
            throw fout;
        }
        antwoord.copyBodyToResponse();
    }

    private void beantwoordHerhaling(HttpServletRequest request, HttpServletResponse response,
                                     IdempotencyRecord eerder, String hash) throws IOException {
        if (eerder.requestHash().equals(hash)) {
            herhaal(eerder.antwoord(), response);
        } else {
            ProblemResponse.schrijf(request, response, ProblemDetailsAdvice.probleem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key hergebruikt", "de Idempotency-Key is al gebruikt voor een ander verzoek", Map.of()));
        }
    }

    private void rollBackIfOpen(TransactionStatus transactie) {
        if (transactie != null && !transactie.isCompleted()) {
            transactionManager.rollback(transactie);
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
