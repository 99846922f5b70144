package nl.veiligthuis.keten.testinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What a service published, as a partner system sees it: the topics read from the start in a consumer group of the
 * test's own, so no record is missed and none is taken from the service's group. Every integration test that asserts
 * a published record reads through one of these; a test class opens one and closes it after itself.
 */
public final class TopicReader implements AutoCloseable {

    /** How long {@link #await} waits unless told otherwise: the chain's slowest path in a test is a retried record. */
    public static final Duration WACHTTIJD = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> gelezen = new ArrayList<>();

    private TopicReader(List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
    }

    public static TopicReader of(String... topics) {
        return new TopicReader(List.of(topics));
    }

    /** Everything read so far, after one more short poll. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return records(Duration.ofMillis(200));
    }

    /** Everything read so far, after one more poll of at most {@code wachttijd} (longer to let late records arrive). */
    public synchronized List<ConsumerRecord<String, byte[]>> records(Duration wachttijd) {
        consumer.poll(wachttijd).forEach(gelezen::add);
        return List.copyOf(gelezen);
    }

    /** The first record that matches, polling until it has arrived. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        return await(gezocht, WACHTTIJD);
    }

    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> gezocht, Duration maximaal) {
        return Awaitility.await().atMost(maximaal)
                .until(() -> records().stream().filter(gezocht).findFirst().orElse(null), gevonden -> gevonden != null);
    }

    /** The CloudEvents type of a record in binary mode ({@code ce_type}), or null. */
    public static String type(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    /** The record's value as text. */
    public static String tekst(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
