package nl.veiligthuis.keten.platform.readiness;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** The health indicators behind {@code /actuator/health} and {@code /actuator/health/readiness}. */
@AutoConfiguration
public class ReadinessConfiguration {

    @Bean
    public KafkaAssignments kafkaAssignments() {
        return new KafkaAssignments();
    }

    @Bean
    public KafkaConsumersHealthIndicator kafkaConsumersHealthIndicator(KafkaListenerEndpointRegistry registry,
                                                                       KafkaAssignments assignments) {
        return new KafkaConsumersHealthIndicator(registry, assignments);
    }

    @Bean
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing,
                                                                         JdbcTemplate jdbc) {
        return new EventProcessorsHealthIndicator(processing, jdbc);
    }
}
