package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import nl.veiligthuis.keten.platform.projectie.Herbouwstatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds the timeline from Kafka into {@code tijdlijn_herbouw} beside the live one and then compares the two per
 * gezin_id by {@link Inhoudsdigest} (issue 5 point 3). Rows are made as {@link Tijdlijn#leg} makes them; the hash
 * chain and the koppelingen are not rebuilt. One herbouw at a time: it owns the shadow table.
 */
@Component
public class TijdlijnHerbouw {

    private static final Logger LOG = LoggerFactory.getLogger(TijdlijnHerbouw.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final Tijdlijn tijdlijn;
    private final Herbouwbron bron;
    private final JsonMapper jsonMapper;
    private final Clock klok;

    public TijdlijnHerbouw(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Tijdlijn tijdlijn,
                           Herbouwbron bron, JsonMapper jsonMapper, Clock klok) {
        this.jdbc = jdbc;
        this.transactie = new TransactionTemplate(transactionManager);
        this.tijdlijn = tijdlijn;
        this.bron = bron;
        this.jsonMapper = jsonMapper;
        this.klok = klok;
    }

    /** @throws TijdlijnHerbouwLoopt when another herbouw is LOOPT */
    public TijdlijnHerbouwstand start() {
        String herbouwId = UUID.randomUUID().toString();
        try {
            transactie.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO tijdlijn_herbouw_run (herbouw_id, status, gelezen, ongeldig, gestart_op) "
                        + "VALUES (?, 'LOOPT', 0, 0, ?)", herbouwId, Timestamp.from(klok.instant()));
                jdbc.execute("TRUNCATE tijdlijn_herbouw");
            });
        } catch (DuplicateKeyException e) {
            throw new TijdlijnHerbouwLoopt(lopende().orElse(null));
        }
        Verwerker verwerker = new Verwerker(herbouwId);
        try {
            bron.lees(verwerker);
        } catch (RuntimeException e) {
            verwerker.mislukt(e.getClass().getSimpleName());
            throw e;
        }
        return van(herbouwId).orElseThrow();
    }

    public Optional<TijdlijnHerbouwstand> van(String herbouwId) {
        return jdbc.query("SELECT * FROM tijdlijn_herbouw_run WHERE herbouw_id = ?", (rs, i) -> TijdlijnHerbouwstand.van(
                rs.getString("herbouw_id"), Herbouwstatus.valueOf(rs.getString("status")), rs.getLong("gelezen"),
                rs.getObject("te_lezen", Long.class),
                rs.getObject("gestart_op", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("klaar_op", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant).orElse(null),
                rs.getLong("ongeldig"),
                rs.getString("vergelijking") == null ? null
                        : jsonMapper.readValue(rs.getString("vergelijking"), Vergelijking.class),
                rs.getString("reden")), herbouwId).stream().findFirst();
    }

    /** A herbouw's thread does not survive a restart: what was LOOPT then will never finish. */
    @EventListener(ApplicationReadyEvent.class)
    public void naStart() {
        jdbc.update("UPDATE tijdlijn_herbouw_run SET status = 'MISLUKT', reden = 'onderbroken door herstart', "
                + "klaar_op = ? WHERE status = 'LOOPT'", Timestamp.from(klok.instant()));
    }

    /**
     * Live rows read from beyond the ends captured at the start are left out: the live consumer goes on meanwhile.
     * Gezinnen in only one of the two tables count as different.
     */
    Vergelijking vergelijk(String herbouwId) {
        Map<String, String> live = digests("""
                SELECT t.* FROM tijdlijn_gebeurtenis t
                JOIN tijdlijn_herbouw_eind e ON e.herbouw_id = ? AND e.kafka_topic = t.kafka_topic
                    AND e.kafka_partition = t.kafka_partition AND t.kafka_offset < e.eind_offset
                ORDER BY t.gezin_id""", herbouwId);
        Map<String, String> herbouwd = digests("SELECT * FROM tijdlijn_herbouw ORDER BY gezin_id");
        TreeSet<String> gezinnen = new TreeSet<>(live.keySet());
        gezinnen.addAll(herbouwd.keySet());
        long gelijk = 0;
        List<String> verschillend = new ArrayList<>();
        for (String gezin : gezinnen) {
            if (live.containsKey(gezin) && live.get(gezin).equals(herbouwd.get(gezin))) {
                gelijk++;
            } else if (verschillend.size() < Vergelijking.MAX_GETOOND) {
                verschillend.add(gezin);
            }
        }
        return new Vergelijking(gezinnen.size(), gelijk, verschillend);
    }

    private Map<String, String> digests(String sql, Object... parameters) {
        Map<String, String> digests = new HashMap<>();
        List<TijdlijnRij> gezin = new ArrayList<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            TijdlijnRij rij = TijdlijnRij.uit(rs);
            if (!gezin.isEmpty() && !gezin.get(0).gezinId().equals(rij.gezinId())) {
                digests.put(gezin.get(0).gezinId(), Inhoudsdigest.van(gezin));
                gezin.clear();
            }
            gezin.add(rij);
        }, parameters);
        if (!gezin.isEmpty()) {
            digests.put(gezin.get(0).gezinId(), Inhoudsdigest.van(gezin));
        }
        return digests;
    }

    private Optional<TijdlijnHerbouwstand> lopende() {
        return jdbc.queryForList("SELECT herbouw_id FROM tijdlijn_herbouw_run WHERE status = 'LOOPT'", String.class)
                .stream().findFirst().flatMap(this::van);
    }

    /** Called on the bron's thread, one call at a time. */
    private final class Verwerker implements Herbouwverwerker {

        private final String herbouwId;

        private Verwerker(String herbouwId) {
            this.herbouwId = herbouwId;
        }

        @Override
        public void begonnen(List<Partitie> partities) {
            transactie.executeWithoutResult(status -> {
                jdbc.batchUpdate("INSERT INTO tijdlijn_herbouw_eind (herbouw_id, kafka_topic, kafka_partition, "
                                + "eind_offset) VALUES (?, ?, ?, ?)",
                        partities.stream().map(p -> new Object[] {herbouwId, p.topic(), p.partitie(), p.eind()})
                                .toList());
                jdbc.update("UPDATE tijdlijn_herbouw_run SET te_lezen = ? WHERE herbouw_id = ?",
                        partities.stream().mapToLong(p -> p.eind() - p.begin()).sum(), herbouwId);
            });
        }

        /** An event the live listener could not store either (it parks it on its dead-letter topic) is ongeldig. */
        @Override
        public void verwerk(List<Gelezen> batch, long gelezen, long ongeldig) {
            List<Object[]> rijen = new ArrayList<>(batch.size());
            long overgeslagen = ongeldig;
            for (Gelezen gelezenEvent : batch) {
                try {
                    TijdlijnRij rij = tijdlijn.rij(gelezenEvent.event(), gelezenEvent.herkomst());
                    rijen.add(new Object[] {rij.eventId(), rij.gezinId(), rij.type(), rij.ceType(),
                            Timestamp.from(rij.tijdstip()), rij.bron(), rij.actor(), rij.samenvatting(),
                            rij.causationId(), rij.correlationId(), rij.dataref(), rij.kafkaTopic(),
                            rij.kafkaPartition(), rij.kafkaOffset(), Timestamp.from(rij.ontvangenOp()), rij.feiten()});
                } catch (RuntimeException e) {
                    overgeslagen++;
                }
            }
            long teTellen = overgeslagen;
            transactie.executeWithoutResult(status -> {
                jdbc.batchUpdate("""
                        INSERT INTO tijdlijn_herbouw (event_id, gezin_id, type, ce_type, tijdstip, bron, actor,
                            samenvatting, causation_id, correlation_id, dataref, kafka_topic, kafka_partition,
                            kafka_offset, ontvangen_op, feiten)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT (event_id) DO NOTHING""", rijen);
                jdbc.update("UPDATE tijdlijn_herbouw_run SET gelezen = ?, ongeldig = ongeldig + ? WHERE herbouw_id = ?",
                        gelezen, teTellen, herbouwId);
            });
        }

        @Override
        public void klaar() {
            Vergelijking vergelijking = vergelijk(herbouwId);
            jdbc.update("UPDATE tijdlijn_herbouw_run SET status = 'KLAAR', klaar_op = ?, "
                            + "vergelijking = CAST(? AS jsonb) WHERE herbouw_id = ?",
                    Timestamp.from(klok.instant()), jsonMapper.writeValueAsString(vergelijking), herbouwId);
            LOG.info("Herbouw {} klaar: {} van {} gezinnen gelijk", herbouwId, vergelijking.gelijk(),
                    vergelijking.gezinnen());
        }

        @Override
        public void mislukt(String reden) {
            LOG.warn("Herbouw {} mislukt: {}", herbouwId, reden);
            jdbc.update("UPDATE tijdlijn_herbouw_run SET status = 'MISLUKT', klaar_op = ?, reden = ? "
                    + "WHERE herbouw_id = ?", Timestamp.from(klok.instant()), kort(reden), herbouwId);
        }

        private static String kort(String reden) {
            return reden == null || reden.length() <= 200 ? reden : reden.substring(0, 200);
        }
    }
}
