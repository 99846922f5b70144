package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herbouwbron;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herbouwverwerker;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herbouwverwerker.Gelezen;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herbouwverwerker.Partitie;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herkomst;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the given topics for a herbouw with a plain consumer of its own, beside the live {@code @KafkaListener}:
 * every partition is assigned (no rebalancing) and read from its start up to the end offset captured when the
 * herbouw began, then the consumer closes. Commits nothing; the group id only names it for operations.
 */
public class KafkaHerbouwbron implements Herbouwbron, AutoCloseable {

    static final String GROEP = "monitoring-service-herbouw-";

    private final Map<String, Object> consumerConfig;
    private final List<String> topics;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "tijdlijn-herbouw"));
    private volatile KafkaConsumer<String, byte[]> lopend;
    private volatile boolean gestopt;

    /** {@code consumerConfig}: at least the bootstrap servers; group, offsets and deserialisers are set here. */
    public KafkaHerbouwbron(Map<String, Object> consumerConfig, List<String> topics) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.topics = List.copyOf(topics);
    }

    @Override
    public void lees(Herbouwverwerker verwerker) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROEP + UUID.randomUUID());
        thread.execute(() -> lees(config, verwerker));
    }

    private void lees(Map<String, Object> config, Herbouwverwerker verwerker) {
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            lopend = consumer;
            if (gestopt) {
                throw new WakeupException();
            }
            List<TopicPartition> partities = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partities.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partities);
            Map<TopicPartition, Long> eind = consumer.endOffsets(partities);
            verwerker.begonnen(partities.stream()
                    .map(p -> new Partitie(p.topic(), p.partition(), begin.get(p), eind.get(p))).toList());
            Set<TopicPartition> open = new HashSet<>();
            partities.stream().filter(p -> eind.get(p) > begin.get(p)).forEach(open::add);
            consumer.assign(open);
            consumer.seekToBeginning(open);
            while (!open.isEmpty()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<Gelezen> batch = new ArrayList<>(records.count());
                long ongeldig = 0;
                for (TopicPartition partitie : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partitie)) {
                        if (record.offset() >= eind.get(partitie)) {
                            break;
                        }
                        try {
                            batch.add(new Gelezen(CloudEventsKafkaCodec.decode(record),
                                    new Herkomst(record.topic(), record.partition(), record.offset())));
                        } catch (RuntimeException e) {
                            ongeldig++;
                        }
                    }
                }
                long gelezen = 0;
                for (TopicPartition partitie : partities) {
                    long positie = open.contains(partitie) ? consumer.position(partitie) : eind.get(partitie);
                    if (positie >= eind.get(partitie) && open.remove(partitie)) {
                        consumer.pause(List.of(partitie));
                    }
                    gelezen += Math.min(positie, eind.get(partitie)) - begin.get(partitie);
                }
                verwerker.verwerk(batch, gelezen, ongeldig);
            }
            verwerker.klaar();
        } catch (WakeupException e) {
            verwerker.mislukt("gestopt");
        } catch (RuntimeException e) {
            // the class only: a message may quote a record
            verwerker.mislukt(e.getClass().getSimpleName());
        } finally {
            lopend = null;
        }
    }

    /** Stops a herbouw that is reading (it ends MISLUKT, "gestopt") and the thread. */
    @Override
    public void close() throws InterruptedException {
        gestopt = true;
        KafkaConsumer<String, byte[]> consumer = lopend;
        if (consumer != null) {
            consumer.wakeup();
        }
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
