package nl.veiligthuis.keten.platform.readiness;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/** UP when every listener container runs and each of its consumers has had its partition assignment. */
public class KafkaConsumersHealthIndicator extends AbstractHealthIndicator {

    private final KafkaListenerEndpointRegistry registry;
    private final KafkaAssignments assignments;

    public KafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry, KafkaAssignments assignments) {
        this.registry = registry;
        this.assignments = assignments;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int consumers = 0;
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            if (!container.isRunning()) {
                builder.status(Status.OUT_OF_SERVICE).withDetail("gestopt", container.getListenerId());
                return;
            }
            consumers += container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent
                    ? concurrent.getContainers().size() : 1;
        }
        int toegewezen = assignments.aantalToegewezen();
        builder.status(toegewezen >= consumers ? Status.UP : Status.OUT_OF_SERVICE)
                .withDetail("consumers", consumers)
                .withDetail("toegewezen", toegewezen);
    }
}
