package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of one stored timeline row, chained to the row stored before it for the same gezin_id (R19).
 *
 * <p>Canonical form, in UTF-8: one line {@code naam=waarde\n} per field, in this order: {@code versie}
 * ({@code tijdlijn-hashketen-v1}), {@code positie} (1 for the first row of a gezin_id), {@code vorige_hash},
 * {@code event_id}, {@code gezin_id}, {@code type}, {@code ce_type}, {@code tijdstip}, {@code bron},
 * {@code actor}, {@code samenvatting}, {@code causation_id}, {@code correlation_id}, {@code dataref},
 * {@code kafka_topic}, {@code kafka_partition}, {@code kafka_offset}, {@code ontvangen_op}. A value is {@code -}
 * when null, else {@code <number of UTF-8 bytes>:<text>}, so no value can imitate a line of another field.
 * Instants are UTC with six decimals ({@code 2026-11-20T14:05:00.000000Z}); numbers are decimal; the actor is
 * its JSON with keys sorted and no whitespace; {@code vorige_hash} is null for the first row. The hash is the
 * lowercase hex SHA-256 of that text.
 *
 * <p>Version {@code tijdlijn-hashketen-v2} is the form of a row that keeps its facts: the same lines, {@code versie}
 * saying v2, and one more line {@code feiten} (sorted, compact JSON) at the end. Rows stored before the facts were
 * kept stay v1; emptying a v2 row's facts changes its {@code versie} line and so its hash.
 */
final class Ketenhash {

    static final String VERSIE = "tijdlijn-hashketen-v1";
    static final String VERSIE_MET_FEITEN = "tijdlijn-hashketen-v2";

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper GESORTEERD = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private Ketenhash() {
    }

    static String hash(TijdlijnRij rij, long positie, String vorigeHash) {
        try {
            byte[] tekst = canoniek(rij, positie, vorigeHash).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String canoniek(TijdlijnRij rij, long positie, String vorigeHash) {
        StringBuilder tekst = new StringBuilder();
        regel(tekst, "versie", rij.feiten() == null ? VERSIE : VERSIE_MET_FEITEN);
        regel(tekst, "positie", Long.toString(positie));
        regel(tekst, "vorige_hash", vorigeHash);
        regel(tekst, "event_id", rij.eventId());
        regel(tekst, "gezin_id", rij.gezinId());
        regel(tekst, "type", rij.type());
        regel(tekst, "ce_type", rij.ceType());
        regel(tekst, "tijdstip", moment(rij.tijdstip()));
        regel(tekst, "bron", rij.bron());
        regel(tekst, "actor", json(rij.actor()));
        regel(tekst, "samenvatting", rij.samenvatting());
        regel(tekst, "causation_id", rij.causationId());
        regel(tekst, "correlation_id", rij.correlationId());
        regel(tekst, "dataref", rij.dataref());
        regel(tekst, "kafka_topic", rij.kafkaTopic());
        regel(tekst, "kafka_partition", Integer.toString(rij.kafkaPartition()));
        regel(tekst, "kafka_offset", Long.toString(rij.kafkaOffset()));
        regel(tekst, "ontvangen_op", moment(rij.ontvangenOp()));
        if (rij.feiten() != null) {
            regel(tekst, "feiten", json(rij.feiten()));
        }
        return tekst.toString();
    }

    static void regel(StringBuilder tekst, String naam, String waarde) {
        tekst.append(naam).append('=');
        if (waarde == null) {
            tekst.append('-');
        } else {
            tekst.append(waarde.getBytes(StandardCharsets.UTF_8).length).append(':').append(waarde);
        }
        tekst.append('\n');
    }

    static String moment(Instant moment) {
        return moment == null ? null : MOMENT.format(moment);
    }

    /** JSONB gives back its own spacing and key order: only the sorted, compact form is stable. */
    static String json(String json) {
        if (json == null) {
            return null;
        }
        try {
            return GESORTEERD.writeValueAsString(GESORTEERD.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }
}
