package nl.veiligthuis.keten.testinfra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's byte scan: where in a database the test data's personal data is readable. Every row of every table of
 * the schema is read as JSON, in which a {@code bytea} (an event's payload) shows as hex; both the text and its
 * UTF-8 hex are looked for, without regard to case.
 */
public final class Bytescan {

    private Bytescan() {
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
