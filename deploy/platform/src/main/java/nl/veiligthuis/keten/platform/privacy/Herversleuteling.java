package nl.veiligthuis.keten.platform.privacy;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites once, encrypted, the events stored before their personal data was encrypted (R21): every event up to the
 * boundary migration V1_9 recorded, and, for a value marked {@link Persoonsgegeven} later, the events of its type up
 * to the boundary the service's own migration recorded (V1_11). In batches that each commit with their progress, so a
 * restart goes on where it stopped. Runs before the service reports ready. Read models filled before they encrypted
 * personal data (migration V1_10 found events) are rebuilt once, in the background.
 */
public class Herversleuteling implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Herversleuteling.class);
    private static final int PARTIJ = 500;

    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;
    private final TransactionTemplate transactie;
    private final Clock klok;
    private final Leesmodelherbouw leesmodellen;
    private final Sleutelkluis kluis;
    private Instant gestart;

    Herversleuteling(JdbcTemplate jdbc, Serializer eventSerializer, TransactionTemplate transactie, Clock klok,
                     Leesmodelherbouw leesmodellen, Sleutelkluis kluis) {
        this.kluis = kluis;
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
        this.transactie = transactie;
        this.klok = klok;
        this.leesmodellen = leesmodellen;
    }

    @Override
    public void run(ApplicationArguments argumenten) {
        herschrijf();
        herbouwLeesmodellenEenmaal();
    }

    /**
     * Asks for the rebuild while it is still to be done; it counts as done once every group's herbouw has started (a
     * started herbouw finishes, across a restart too), so a group that could not start is tried at the next start.
     *
     * @return whether the read models were still to be rebuilt encrypted, and their rebuild is now asked for
     */
    public boolean herbouwLeesmodellenEenmaal() {
        boolean nodig = jdbc.queryForList("SELECT 1 FROM herversleuteling WHERE id = 1 AND leesmodellen_herbouwen")
                .size() == 1;
        if (nodig) {
            LOG.info("Read models filled before they encrypted personal data: rebuilding them in the background");
            leesmodellen.vraagAan(() -> jdbc.update(
                    "UPDATE herversleuteling SET leesmodellen_herbouwen = FALSE WHERE id = 1"));
        }
        return nodig;
    }

    /** @return how many events were rewritten */
    public int herschrijf() {
        gestart = klok.instant();
        int herschreven = 0;
        Integer partij;
        do {
            try {
                partij = transactie.execute(status -> volgendePartij());
            } catch (PessimisticLockingFailureException tegelijk) {
                // an erasure took a gezin of this batch in the other order (PostgreSQL chose this side): again
                LOG.warn("Rewrite batch met a concurrent erasure ({}); trying it again",
                        tegelijk.getClass().getSimpleName());
                partij = 0;
            }
            herschreven += partij == null ? 0 : Math.max(partij, 0);
        } while (partij != null && partij >= 0);
        if (herschreven > 0) {
            LOG.info("Personal data of {} stored events encrypted", herschreven);
        }
        return herschreven;
    }

    /** @return the events rewritten in this batch, or -1 when nothing was left */
    private Integer volgendePartij() {
        List<Map<String, Object>> stand = jdbc.queryForList("""
                SELECT id, grens, tot, payload_type FROM herversleuteling WHERE klaar_op IS NULL
                ORDER BY id LIMIT 1 FOR UPDATE""");
        if (stand.isEmpty()) {
            return -1;
        }
        int id = ((Number) stand.get(0).get("id")).intValue();
        long grens = ((Number) stand.get(0).get("grens")).longValue();
        long tot = ((Number) stand.get(0).get("tot")).longValue();
        String soort = (String) stand.get(0).get("payload_type");
        if (tot >= grens) {
            jdbc.update("UPDATE herversleuteling SET klaar_op = ? WHERE id = ?", klok.instant().atOffset(ZoneOffset.UTC),
                    id);
            return 0;
        }
        long[] laatste = {tot};
        int[] herschreven = {0};
        Map<String, Instant> laatstePerHouder = new HashMap<>();
        jdbc.query("""
                SELECT global_index, payload_type, payload_revision, payload, time_stamp FROM domain_event_entry
                WHERE global_index > ? AND global_index <= ? AND (CAST(? AS VARCHAR) IS NULL OR payload_type = ?)
                ORDER BY global_index LIMIT ?""",
                (ResultSet rij) -> {
                    laatste[0] = rij.getLong("global_index");
                    Instant opgeslagen = Instant.parse(rij.getString("time_stamp"));
                    String houder = herschrijf(rij.getLong("global_index"), rij.getString("payload_type"),
                            rij.getString("payload_revision"), rij.getBytes("payload"), opgeslagen);
                    if (houder != null) {
                        herschreven[0]++;
                        laatstePerHouder.merge(houder, opgeslagen, (een, ander) -> een.isAfter(ander) ? een : ander);
                    }
                }, tot, grens, soort, soort, PARTIJ);
        // the retention period runs from when the data was stored, not from this rewrite
        laatstePerHouder.forEach((houder, opgeslagen) -> jdbc.update("""
                UPDATE sleutelkluis SET laatst_gebruikt_op = ?
                WHERE houder = ? AND vernietigd_op IS NULL AND aangemaakt_op >= ?""",
                opgeslagen.atOffset(ZoneOffset.UTC), houder, gestart.atOffset(ZoneOffset.UTC)));
        jdbc.update("UPDATE herversleuteling SET tot = ? WHERE id = ?", laatste[0] == tot ? grens : laatste[0], id);
        return herschreven[0];
    }

    /** @return the event's key holder when it was rewritten, else {@code null} */
    private String herschrijf(long globalIndex, String type, String revisie, byte[] payload, Instant opgeslagen) {
        SerializedType soort = new SimpleSerializedType(type, revisie);
        Class<?> klasse = eventSerializer.classForType(soort);
        if (!Sleutelcontext.heeftPersoonsgegevens(klasse)) {
            return null;
        }
        // read and written as the class reads it today, keeping its stored revision: the chain has no upcasters; one
        // added later must run before this rewrite, or an older revision would be rewritten in the current shape
        Object gebeurtenis = eventSerializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class, soort));
        String houder = Sleutelcontext.houderVan(gebeurtenis);
        // no erasure of this gezin may come between what is decided here and the commit
        kluis.vergrendel(houder);
        // data the gezin's erasure took while a value of it was still in plaintext: that value goes too, written as
        // if under the destroyed key, and no new key is made for it
        Optional<Integer> vernietigd = kluis.vernietigdNa(houder, opgeslagen);
        byte[] versleuteld = vernietigd
                .map(versie -> Sleutelcontext.onleesbaar(versie,
                        () -> eventSerializer.serialize(gebeurtenis, byte[].class).getData()))
                .orElseGet(() -> eventSerializer.serialize(gebeurtenis, byte[].class).getData());
        if (Arrays.equals(payload, versleuteld)) {
            return null;
        }
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", versleuteld, globalIndex);
        return houder;
    }
}
