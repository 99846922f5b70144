package nl.veiligthuis.keten.platform.readiness;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * Remembers which Kafka consumers have been through a group assignment, even an empty one (an instance beyond the
 * partition count gets none and is still as ready as it can be), and forgets them when a rebalance takes their
 * partitions or they are lost, until the next assignment. Boot puts this listener on every listener container.
 */
public class KafkaAssignments implements ConsumerAwareRebalanceListener {

    private final Set<Consumer<?, ?>> toegewezen = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        toegewezen.add(consumer);
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        toegewezen.remove(consumer);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        toegewezen.remove(consumer);
    }

    int aantalToegewezen() {
        return toegewezen.size();
    }
}
