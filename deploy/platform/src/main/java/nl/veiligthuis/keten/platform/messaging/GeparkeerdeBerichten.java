package nl.veiligthuis.keten.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records this service's consumers parked on their dead-letter topics ({@code <topic>.<service>.dlt}), and their
 * replay: a record is sent back to its original topic once, after the cause was fixed, with its own key, value and
 * CloudEvents headers. Every consumer of that topic records event ids in its inbox, so those that had handled it
 * already ignore it; the one that parked it handles it now.
 */
public class GeparkeerdeBerichten {

    private static final Duration WACHTTIJD = Duration.ofSeconds(10);

    private final KafkaAdmin kafkaAdmin;
    private final ConsumerFactory<String, byte[]> consumerFactory;
    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final JdbcTemplate jdbc;
    private final Clock klok;
    private final String achtervoegsel;

    public GeparkeerdeBerichten(KafkaAdmin kafkaAdmin, ConsumerFactory<String, byte[]> consumerFactory,
                                KafkaTemplate<String, byte[]> kafkaTemplate, JdbcTemplate jdbc, Clock klok,
                                String consumer) {
        this.kafkaAdmin = kafkaAdmin;
        this.consumerFactory = consumerFactory;
        this.kafkaTemplate = kafkaTemplate;
        this.jdbc = jdbc;
        this.klok = klok;
        this.achtervoegsel = KetenTopics.deadLetter("", consumer);
    }

    /** Everything parked on this service's dead-letter topics, oldest first. */
    public List<GeparkeerdBericht> lijst() {
        List<String> topics = deadLetterTopics();
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> herhaald = herhalingen();
        List<GeparkeerdBericht> berichten = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer(null, "-geparkeerd")) {
            List<TopicPartition> partities = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream()
                    .map(p -> new TopicPartition(t, p.partition()))).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            long grens = System.nanoTime() + WACHTTIJD.toNanos();
            while (!gelezenTot(consumer, einde) && System.nanoTime() < grens) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    berichten.add(bericht(record, herhaald.get(sleutel(record.topic(), record.partition(),
                            record.offset()))));
                }
            }
        }
        berichten.sort(Comparator.comparing(GeparkeerdBericht::geparkeerdOp));
        return berichten;
    }

    /**
     * Sends the parked record back to its original topic, once.
     *
     * @return empty if no such record is parked here; otherwise whether it was sent now (false: sent before)
     */
    @Transactional
    public Optional<Boolean> herhaal(String topic, int partitie, long offset) {
        if (!topic.endsWith(achtervoegsel)) {
            return Optional.empty();
        }
        Optional<ConsumerRecord<String, byte[]>> gevonden = lees(topic, partitie, offset);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        ConsumerRecord<String, byte[]> record = gevonden.get();
        int nieuw = jdbc.update("""
                        INSERT INTO geparkeerd_bericht_herhaling (dlt_topic, dlt_partitie, dlt_offset, event_id, herhaald_op)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                topic, partitie, offset, header(record, "ce_id"), Timestamp.from(klok.instant()));
        if (nieuw == 0) {
            return Optional.of(false);
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt")) {
                headers.add(header);
            }
        }
        try {
            // awaited inside the transaction: the replay is recorded only when Kafka has the record back
            kafkaTemplate.send(new ProducerRecord<>(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), null,
                    record.key(), record.value(), headers)).get(WACHTTIJD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying a parked record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the replayed record back", e);
        }
        return Optional.of(true);
    }

    private Optional<ConsumerRecord<String, byte[]>> lees(String topic, int partitie, long offset) {
        if (!deadLetterTopics().contains(topic)) {
            return Optional.empty();
        }
        try (Consumer<String, byte[]> consumer = consumerFactory.createConsumer(null, "-herhaling")) {
            TopicPartition tp = new TopicPartition(topic, partitie);
            if (consumer.partitionsFor(topic).stream().noneMatch(p -> p.partition() == partitie)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            if (offset < consumer.beginningOffsets(List.of(tp)).get(tp) || offset >= consumer.endOffsets(List.of(tp))
                    .get(tp)) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            long grens = System.nanoTime() + WACHTTIJD.toNanos();
            while (System.nanoTime() < grens) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private List<String> deadLetterTopics() {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            return admin.listTopics().names().get(WACHTTIJD.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(naam -> naam.endsWith(achtervoegsel)).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing the dead-letter topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not list its topics", e);
        }
    }

    private Map<String, Instant> herhalingen() {
        Map<String, Instant> herhaald = new HashMap<>();
        jdbc.query("SELECT dlt_topic, dlt_partitie, dlt_offset, herhaald_op FROM geparkeerd_bericht_herhaling",
                rs -> {
                    herhaald.put(sleutel(rs.getString(1), rs.getInt(2), rs.getLong(3)),
                            rs.getTimestamp(4).toInstant());
                });
        return herhaald;
    }

    private static boolean gelezenTot(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> einde) {
        return einde.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static GeparkeerdBericht bericht(ConsumerRecord<String, byte[]> record, Instant herhaaldOp) {
        String fout = header(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
        String oorzaak = header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return new GeparkeerdBericht(record.topic(), record.partition(), record.offset(), header(record, "ce_id"),
                header(record, "ce_type"), header(record, "ce_subject"),
                header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                oorzaak == null ? fout : fout + " (" + oorzaak + ")", Instant.ofEpochMilli(record.timestamp()),
                herhaaldOp);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String sleutel(String topic, int partitie, long offset) {
        return topic + "/" + partitie + "/" + offset;
    }
}
