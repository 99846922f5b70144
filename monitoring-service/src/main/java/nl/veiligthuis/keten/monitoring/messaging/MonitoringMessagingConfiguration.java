package nl.veiligthuis.keten.monitoring.messaging;

import java.util.stream.Stream;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herbouwbron;
import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class MonitoringMessagingConfiguration {

    @Bean
    IntegrationEventPublisher monitoringTopicPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
                                                       JsonMapper jsonMapper,
                                                       @Value("${keten.publieke-url}") String publiekeUrl) {
        return new IntegrationEventPublisher(kafkaTemplate, jsonMapper, "monitoring-service", KetenTopics.MONITORING,
                "monitoring", publiekeUrl);
    }

    /** The consumer settings of the live listener (servers, security), with a group and offsets of its own. */
    @Bean
    Herbouwbron herbouwbron(KafkaProperties kafkaProperties) {
        return new KafkaHerbouwbron(kafkaProperties.buildConsumerProperties(),
                Stream.concat(KetenTopics.ALLE.stream(), Stream.of(KetenTopics.PRIVACY)).toList());
    }
}
