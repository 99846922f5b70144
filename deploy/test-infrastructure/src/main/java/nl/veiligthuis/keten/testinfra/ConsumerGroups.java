package nl.veiligthuis.keten.testinfra;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/** What a service's Kafka consumer group has handled, as its committed offsets say. */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /**
     * Waits until the group committed past {@code record}: it, and everything before it on its partition, was handled.
     */
    public static void awaitCommittedPast(String groep, RecordMetadata record, Duration maximaal) {
        TopicPartition partitie = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().bootstrapServers()))) {
            Awaitility.await().atMost(maximaal).until(() -> {
                OffsetAndMetadata offset = admin.listConsumerGroupOffsets(groep).partitionsToOffsetAndMetadata().get()
                        .get(partitie);
                return offset != null && offset.offset() > record.offset();
            });
        }
    }
}
