package nl.veiligthuis.keten.platform.projectie;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which tables of a service's schema no projection herbouw verifies (issue 12 point 2). A table a projection writes
 * but no {@link ProjectieDigest} names is emptied and refilled by a herbouw without being compared: a difference in
 * it would pass unseen. Each service's tests assert that every table is in a digest or excluded with a reason.
 */
public final class Tabeldekking {

    /** The platform's own tables: the event store, tokens, inbox, deadlines and the like; no projection writes them. */
    public static final Map<String, String> PLATFORM = Map.ofEntries(
            Map.entry("flyway_schema_history", "Flyway's own"),
            Map.entry("domain_event_entry", "the event store, the source of every herbouw"),
            Map.entry("snapshot_event_entry", "the event store's snapshots"),
            Map.entry("token_entry", "the processors' positions"),
            Map.entry("inbox_message", "what the Kafka consumers have seen"),
            Map.entry("idempotency_record", "stored responses to Idempotency-Key requests"),
            Map.entry("scheduled_tasks", "db-scheduler's deadlines"),
            Map.entry("projectie_herbouw", "the herbouw's own state"),
            Map.entry("keten_instantie", "the instances' heartbeats"),
            Map.entry("toegangsregistratie", "the access log (R20), written per request, never by a projection"),
            Map.entry("sleutelkluis", "the keys of personal data (R21), written by the event store's serializer"),
            Map.entry("herversleuteling", "the progress of encrypting events stored before encryption (R21)"),
            Map.entry("geparkeerd_bericht_herhaling", "replays of parked records"));

    private Tabeldekking() {
    }

    /**
     * @param uitgezonderd the service's own tables that are deliberately not in a digest, each with its reason
     * @return the tables of the current schema that are in no digest and not excluded, sorted
     */
    public static Set<String> onbedekt(JdbcTemplate jdbc, Collection<ProjectieDigest> digests,
                                       Map<String, String> uitgezonderd) {
        Set<String> tabellen = tabellen(jdbc);
        digests.forEach(digest -> digest.tabellen().forEach(tabel -> tabellen.remove(tabel.naam())));
        tabellen.removeAll(PLATFORM.keySet());
        tabellen.removeAll(uitgezonderd.keySet());
        return tabellen;
    }

    /** Exclusions that name no table of the schema: a table renamed or dropped while its exclusion stayed. */
    public static Map<String, String> verouderd(JdbcTemplate jdbc, Map<String, String> uitgezonderd) {
        Set<String> tabellen = tabellen(jdbc);
        Map<String, String> verouderd = new TreeMap<>(uitgezonderd);
        verouderd.keySet().removeAll(tabellen);
        return verouderd;
    }

    private static Set<String> tabellen(JdbcTemplate jdbc) {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""", String.class));
    }
}
