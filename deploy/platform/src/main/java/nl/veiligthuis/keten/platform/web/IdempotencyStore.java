package nl.veiligthuis.keten.platform.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code idempotency_record}. Every write commits in a transaction of its own, so a claim is visible to
 * a concurrent request before the controller runs, whatever the controller does with transactions.
 * A key is valid for {@link #GELDIGHEID}; older rows are ignored and deleted lazily by {@link #claim}.
 */
public class IdempotencyStore {

    static final Duration GELDIGHEID = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final TransactionTemplate eigenTransactie;
    private final Clock klok;

    public IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock klok) {
        this.jdbc = jdbc;
        this.eigenTransactie = new TransactionTemplate(transactionManager);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.klok = klok;
    }

    /** @return true if this request now owns the key; false if a row for it exists already */
    public boolean claim(VerzoekSleutel sleutel, String requestHash) {
        Instant nu = klok.instant();
        return Boolean.TRUE.equals(eigenTransactie.execute(status -> {
            jdbc.sql("DELETE FROM idempotency_record WHERE created_at < :grens")
                    .param("grens", Timestamp.from(nu.minus(GELDIGHEID)))
                    .update();
            return jdbc.sql("""
                            INSERT INTO idempotency_record (idempotency_key, method, path, request_hash, created_at)
                            VALUES (:key, :method, :path, :hash, :nu) ON CONFLICT DO NOTHING""")
                    .params(parameters(sleutel))
                    .param("hash", requestHash)
                    .param("nu", Timestamp.from(nu))
                    .update() == 1;
        }));
    }

    public Optional<IdempotencyRecord> zoek(VerzoekSleutel sleutel) {
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, response_body, location FROM idempotency_record
                        WHERE idempotency_key = :key AND method = :method AND path = :path AND created_at >= :grens""")
                .params(parameters(sleutel))
                .param("grens", Timestamp.from(klok.instant().minus(GELDIGHEID)))
                .query((rs, row) -> {
                    int status = rs.getInt("status");
                    OpgeslagenAntwoord antwoord = rs.wasNull() ? null : new OpgeslagenAntwoord(status,
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("response_body"));
                    return new IdempotencyRecord(rs.getString("request_hash").trim(), antwoord);
                })
                .optional();
    }

    public void legVast(VerzoekSleutel sleutel, OpgeslagenAntwoord antwoord) {
        eigenTransactie.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE idempotency_record
                        SET status = :status, content_type = :contentType, response_body = :body, location = :location
                        WHERE idempotency_key = :key AND method = :method AND path = :path""")
                .params(parameters(sleutel))
                .param("status", antwoord.status())
                .param("contentType", antwoord.contentType())
                .param("body", antwoord.body())
                .param("location", antwoord.location())
                .update());
    }

    /** Gives the key back after a refused or failed request, so a corrected retry can succeed. */
    public void geefVrij(VerzoekSleutel sleutel) {
        eigenTransactie.executeWithoutResult(status -> jdbc.sql("""
                        DELETE FROM idempotency_record
                        WHERE idempotency_key = :key AND method = :method AND path = :path AND status IS NULL""")
                .params(parameters(sleutel))
                .update());
    }

    private static Map<String, Object> parameters(VerzoekSleutel sleutel) {
        return Map.of("key", sleutel.key().waarde(), "method", sleutel.method(), "path", sleutel.path());
    }
}
