package nl.veiligthuis.keten.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's byte scan: where in a database or on a topic the test data's personal data is readable. Every row of every table of
 * the schema is read as JSON, in which a {@code bytea} (an event's payload) shows as hex; both the text and its
 * UTF-8 hex are looked for, without regard to case.
 */
public final class Bytescan {

    private Bytescan() {
    }

    /** @return for each hit, "topic: text": a record whose value or headers contain one of the texts */
    public static List<String> records(List<ConsumerRecord<String, byte[]>> records, List<String> teksten) {
        List<String> vondsten = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            StringBuilder inhoud = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
            record.headers().forEach(header -> inhoud.append('|').append(new String(header.value(),
                    StandardCharsets.UTF_8)));
            String tekst = inhoud.toString().toLowerCase(Locale.ROOT);
            teksten.stream().filter(gezocht -> tekst.contains(gezocht.toLowerCase(Locale.ROOT)))
                    .forEach(gezocht -> vondsten.add(record.topic() + ": " + gezocht));
        }
        return vondsten;
    }

    /** @return for each hit, "table: text", empty when none of the texts is readable anywhere */
    public static List<String> database(JdbcTemplate eigenaar, List<String> teksten) {
        List<String> vondsten = new ArrayList<>();
        List<String> tabellen = eigenaar.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename", String.class);
        for (String tabel : tabellen) {
            List<String> rijen = eigenaar.queryForList("SELECT lower(row_to_json(t)::text) FROM \"" + tabel + "\" t",
                    String.class);
            for (String tekst : teksten) {
                String gewoon = tekst.toLowerCase(Locale.ROOT);
                String hex = HexFormat.of().formatHex(tekst.getBytes(StandardCharsets.UTF_8));
                if (rijen.stream().anyMatch(rij -> rij.contains(gewoon) || rij.contains(hex))) {
                    vondsten.add(tabel + ": " + tekst);
                }
            }
        }
        return vondsten;
    }
}
