package nl.veiligthuis.keten.platform.toegangslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchors the access log outside its database (R20): the chain's head (the last row's number and hash) is published on
 * {@link KetenTopics#TOEGANGSLOG}, a compacted topic in another system than the database, keyed by service and
 * database. Whoever can change the database can recompute the whole chain so that it verifies again; the anchor they
 * cannot change, and the verification then finds that the row it names holds another hash, or is gone. A new anchor
 * is published only when the chain still runs unbroken from the last one to the head, so a recomputed chain is never
 * anchored as if it were the real one.
 */
class Toegangsanker {

    static final String TYPE = "nl.veilig-thuis.keten.toegangslog.toegangslog-verankerd.v1";
    private static final Logger LOG = LoggerFactory.getLogger(Toegangsanker.class);
    private static final Duration WACHTTIJD = Duration.ofSeconds(5);

    /** The payload of {@code toegangslog-verankerd.v1}: a number and a hash, nothing about anyone. */
    record Anker(String dienst, long volgnummer, String hash, Instant verankerdOp) {
    }

    /** What the verification found for the last anchor; {@code reden} null when it holds. */
    record Ankercontrole(long volgnummer, String hash, Instant verankerdOp, boolean klopt, String reden) {
    }

    private final JdbcTemplate jdbc;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Map<String, Object> consumentinstellingen;
    private final JsonMapper json;
    private final String dienst;
    private final Clock klok;
    /** Asked of the database once: it does not change while the service runs. */
    private volatile String ankersleutel;

    Toegangsanker(JdbcTemplate jdbc, KafkaTemplate<String, byte[]> kafka, Map<String, Object> consumentinstellingen,
                  JsonMapper json, String dienst, Clock klok) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.consumentinstellingen = consumentinstellingen;
        this.json = json;
        this.dienst = dienst;
        this.klok = klok;
    }

    /** Service and database: the anchors of another database of the same service (another environment) never mix. */
    private String sleutel() {
        String bekend = ankersleutel;
        if (bekend == null) {
            bekend = dienst + "/" + jdbc.queryForObject("SELECT current_database()", String.class);
            ankersleutel = bekend;
        }
        return bekend;
    }

    /**
     * @return the anchor published, empty when the log is still empty
     * @throws IllegalStateException when the chain no longer runs unbroken from the last anchor: nothing is anchored
     */
    Optional<Anker> veranker() {
        List<Map<String, Object>> kop = jdbc.queryForList(
                "SELECT volgnummer, hash FROM toegangsregistratie ORDER BY volgnummer DESC LIMIT 1");
        if (kop.isEmpty()) {
            return Optional.empty();
        }
        String sleutel = sleutel();
        Optional<Anker> vorige = laatste(sleutel);
        if (vorige.isPresent()) {
            String breuk = breukSinds(vorige.get());
            if (breuk != null) {
                LOG.error("The access log no longer runs unbroken from its last anchor (record {}: {}): not anchored",
                        vorige.get().volgnummer(), breuk);
                throw new IllegalStateException("access log not anchored: " + breuk);
            }
        }
        Anker anker = new Anker(dienst, ((Number) kop.get(0).get("volgnummer")).longValue(),
                (String) kop.get(0).get("hash"), klok.instant());
        KetenEvent event = new KetenEvent(UUID.randomUUID().toString(), TYPE,
                KetenEvent.bron(dienst), sleutel, anker.verankerdOp(), null, null, null, null,
                json.writeValueAsBytes(anker));
        try {
            kafka.send(CloudEventsKafkaCodec.encode(KetenTopics.TOEGANGSLOG, event))
                    .get(WACHTTIJD.toMillis() * 6, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while anchoring the access log", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the task runs again at its next moment; until then the previous anchor stands
            throw new IllegalStateException("Kafka did not acknowledge the access log's anchor", e);
        }
        return Optional.of(anker);
    }

    /** Why the chain from the anchored row to the head is not the one anchored, or null when it is. */
    private String breukSinds(Anker anker) {
        String[] vorige = {null};
        String[] breuk = {null};
        jdbc.query("""
                SELECT volgnummer, registratie_id, trace_id, span_id, begin_tijd, eind_tijd, dienst, verwerking,
                    handeling, uitkomst, http_status, gebruiker, namens, organisatie, rol, grondslag, noodtoegang,
                    gezinnen, personen, objecten, vorige_hash, hash
                FROM toegangsregistratie WHERE volgnummer >= ? ORDER BY volgnummer""", rij -> {
            if (breuk[0] != null) {
                return;
            }
            Toegangslog.Regel regel = Toegangslog.regel(rij);
            if (vorige[0] == null) {
                breuk[0] = regel.volgnummer() != anker.volgnummer() ? "ONTBREEKT"
                        : !regel.hash().equals(anker.hash()) ? "HASH_WIJKT_AF" : null;
            } else if (!Objects.equals(regel.vorigeHash(), vorige[0])
                    || !Toegangshash.van(regel.vorigeHash(), regel.registratie()).equals(regel.hash())) {
                breuk[0] = "SCHAKEL_VERBROKEN";
            }
            vorige[0] = regel.hash();
        }, anker.volgnummer());
        return vorige[0] == null ? "ONTBREEKT" : breuk[0];
    }

    /** This service's last anchor for this database, read from the start of the topic to its end. */
    Optional<Anker> laatste() {
        return laatste(sleutel());
    }

    private Optional<Anker> laatste(String sleutel) {
        Map<String, Object> instellingen = new HashMap<>(consumentinstellingen);
        instellingen.remove(ConsumerConfig.GROUP_ID_CONFIG);
        instellingen.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consument = new KafkaConsumer<>(instellingen, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partities = consument.partitionsFor(KetenTopics.TOEGANGSLOG, WACHTTIJD).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consument.assign(partities);
            consument.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consument.endOffsets(partities, WACHTTIJD);
            Anker laatste = null;
            long tot = System.nanoTime() + WACHTTIJD.toNanos();
            while (partities.stream().anyMatch(p -> consument.position(p, WACHTTIJD) < einde.get(p))) {
                if (System.nanoTime() > tot) {
                    throw new IllegalStateException("the access log's anchors could not be read in time");
                }
                for (ConsumerRecord<String, byte[]> record : consument.poll(Duration.ofMillis(200))) {
                    if (sleutel.equals(record.key())) {
                        laatste = nieuwste(laatste, record);
                    }
                }
            }
            return Optional.ofNullable(laatste);
        }
    }

    /** A record that does not read as an anchor is passed over: one bad record must not hide the others. */
    private Anker nieuwste(Anker tot, ConsumerRecord<String, byte[]> record) {
        try {
            Anker anker = json.readValue(CloudEventsKafkaCodec.decode(record).data(), Anker.class);
            return tot == null || anker.volgnummer() >= tot.volgnummer() ? anker : tot;
        } catch (RuntimeException onleesbaar) {
            LOG.warn("An anchor of the access log at offset {} does not read ({})", record.offset(),
                    onleesbaar.getClass().getSimpleName());
            return tot;
        }
    }

    /** Whether the chain still runs unbroken from the last anchor to the head. */
    Optional<Ankercontrole> controleer() {
        return laatste().map(anker -> {
            String reden = breukSinds(anker);
            return new Ankercontrole(anker.volgnummer(), anker.hash(), anker.verankerdOp(), reden == null, reden);
        });
    }
}
