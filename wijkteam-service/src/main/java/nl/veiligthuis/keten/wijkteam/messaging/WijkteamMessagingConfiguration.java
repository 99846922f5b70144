package nl.veiligthuis.keten.wijkteam.messaging;

import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class WijkteamMessagingConfiguration {

    @Bean
    IntegrationEventPublisher wijkteamTopicPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
                                                     JsonMapper jsonMapper,
                                                     @Value("${keten.publieke-url}") String publiekeUrl) {
        return new IntegrationEventPublisher(kafkaTemplate, jsonMapper, WijkteamServiceApplication.NAAM,
                KetenTopics.WIJKTEAM, "wijkteam", publiekeUrl);
    }
}
