package nl.veiligthuis.keten.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Intake → visible on the timeline without polling the timeline (polls cost the system more than the intakes do):
 * the moment each intake was sent is kept, and after the run the timeline's own receipt time of the gezin's
 * {@code MeldingOntvangen} ({@code tijdlijn_gebeurtenis.ontvangen_op}, monitoring-service's database on the same
 * machine, so the same clock) is read back.
 */
final class Zichtbaarheid {

    private final Map<String, Instant> verstuurd = new ConcurrentHashMap<>();

    void verstuurd(String gezinId, Instant moment) {
        verstuurd.put(gezinId, moment);
    }

    /** Records one latency per gezin in {@code meting}; waits up to {@code wachttijd} for the last ones. */
    void meet(String jdbcUrl, Meting meting, Duration wachttijd) throws Exception {
        long grens = System.nanoTime() + wachttijd.toNanos();
        Map<String, Instant> open = new ConcurrentHashMap<>(verstuurd);
        try (Connection verbinding = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement zoek = verbinding.prepareStatement("""
                     SELECT ontvangen_op FROM tijdlijn_gebeurtenis
                     WHERE gezin_id = ? AND type = 'MeldingOntvangen' ORDER BY ontvangen_op LIMIT 1""")) {
            while (!open.isEmpty() && System.nanoTime() < grens) {
                for (var gezin : Map.copyOf(open).entrySet()) {
                    zoek.setString(1, gezin.getKey());
                    try (ResultSet rij = zoek.executeQuery()) {
                        if (rij.next()) {
                            Instant zichtbaar = rij.getTimestamp(1).toInstant();
                            meting.duur("intake→tijdlijn (ontvangen_op)",
                                    Math.max(0, Duration.between(gezin.getValue(), zichtbaar).toNanos()),
                                    gezin.getValue());
                            open.remove(gezin.getKey());
                        }
                    }
                }
                if (!open.isEmpty()) {
                    Thread.sleep(500);
                }
            }
        }
        open.keySet().forEach(gezin -> meting.fout("intake→tijdlijn (ontvangen_op)", "not on the timeline"));
    }
}
