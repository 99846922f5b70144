package nl.veiligthuis.keten.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code idempotency_record}. Every call runs in the caller's transaction, the one that also holds the
 * command's events: the record of a request commits with its effects or not at all. A key is valid for
 * {@link #GELDIGHEID}; older rows are ignored and deleted lazily by {@link #ruimOp}.
 */
public class IdempotencyStore {

    static final Duration GELDIGHEID = Duration.ofHours(24);
    private static final int OPRUIMEN_PER_VERZOEK = 100;

    private final JdbcClient jdbc;
    private final Clock klok;

    public IdempotencyStore(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    /**
     * Locks the key for the rest of the transaction without waiting: false if another request with this key is
     * running. A transaction-scoped advisory lock, so a crash or a rollback frees it.
     */
    public boolean vergrendel(VerzoekSleutel sleutel) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?)")
                .param(slot(sleutel))
                .query(Boolean.class)
                .single());
    }

    /** Deletes a few expired rows that no other transaction is deleting; never waits on another request. */
    public void ruimOp() {
        jdbc.sql("""
                        DELETE FROM idempotency_record WHERE ctid IN (
                            SELECT ctid FROM idempotency_record WHERE created_at < :grens
                            LIMIT :aantal FOR UPDATE SKIP LOCKED)""")
                .param("grens", Timestamp.from(klok.instant().minus(GELDIGHEID)))
                .param("aantal", OPRUIMEN_PER_VERZOEK)
                .update();
    }

    /** The stored answer; a claim without one (left by the design before ADR 0004) counts as no answer. */
    public Optional<IdempotencyRecord> zoek(VerzoekSleutel sleutel) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, response_body, location FROM idempotency_record
                        WHERE idempotency_key = :key AND method = :method AND path = :path AND created_at >= :grens
                        AND status IS NOT NULL""")
                .params(parameters(sleutel))
                .param("grens", Timestamp.from(klok.instant().minus(GELDIGHEID)))
                .query((rs, row) -> new IdempotencyRecord(rs.getString("request_hash").trim(),
                        new OpgeslagenAntwoord(rs.getInt("status"), rs.getString("content_type"),
                                rs.getString("location"), rs.getBytes("response_body"))))
                .optional();
    }

    /** Stores the first 2xx answer; an expired row of the same key is replaced. */
    public void legVast(VerzoekSleutel sleutel, String requestHash, OpgeslagenAntwoord antwoord) {
        jdbc.sql("""
                        INSERT INTO idempotency_record (idempotency_key, method, path, request_hash, status, content_type,
                                                        response_body, location, created_at)
                        VALUES (:key, :method, :path, :hash, :status, :contentType, :body, :location, :nu)
                        ON CONFLICT (idempotency_key, method, path) DO UPDATE SET
                            request_hash = excluded.request_hash, status = excluded.status,
                            content_type = excluded.content_type, response_body = excluded.response_body,
                            location = excluded.location, created_at = excluded.created_at""")
                .params(parameters(sleutel))
                .param("hash", requestHash)
                .param("status", antwoord.status())
                .param("contentType", antwoord.contentType())
                .param("body", antwoord.body())
                .param("location", antwoord.location())
                .param("nu", Timestamp.from(klok.instant()))
                .update();
    }

    private static Map<String, Object> parameters(VerzoekSleutel sleutel) {
        return Map.of("key", sleutel.key().waarde(), "method", sleutel.method(), "path", sleutel.path());
    }

    /** 64 bits of SHA-256 over the key, method and path: the advisory lock's number. */
    private static long slot(VerzoekSleutel sleutel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((sleutel.key().waarde() + "\n" + sleutel.method()
                    + "\n" + sleutel.path()).getBytes(StandardCharsets.UTF_8));
            long slot = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                slot = (slot << 8) | (hash[i] & 0xff);
            }
            return slot;
        } catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException("every JVM has SHA-256", onmogelijk);
        }
    }
}
