package nl.veiligthuis.keten.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
@Import(GeparkeerdeBerichtenController.class)
public class KafkaMessagingConfiguration {

    static final int PARTITIONS = 3;
    /** Records parked on a dead-letter topic, per original topic: {@code keten_kafka_geparkeerd_total} in Prometheus. */
    public static final String GEPARKEERD_METRIC = "keten.kafka.geparkeerd";
    /** The listener container factory that never parks a record that can still succeed. */
    public static final String ZONDER_OPGEVEN = "zonderOpgevenListenerContainerFactory";

    /** Every service declares all chain topics, so whichever starts first creates them with the same layout. */
    @Bean
    public KafkaAdmin.NewTopics ketenTopics() {
        return new KafkaAdmin.NewTopics(Stream.of(
                KetenTopics.ALLE.stream().map(name -> TopicBuilder.name(name).partitions(PARTITIONS).build()),
                // kept for ever (R21): a service that was down longer than a retention period still erases the gezin
                // when it comes back; the records hold a gezin's id and nothing else
                Stream.of(TopicBuilder.name(KetenTopics.PRIVACY).partitions(PARTITIONS)
                        .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build()),
                // compacted, and in segments of an hour, so that compaction keeps it to about one anchor per database
                Stream.of(TopicBuilder.name(KetenTopics.TOEGANGSLOG).partitions(1).compact()
                        .config("segment.ms", "3600000").build()))
                .flatMap(topics -> topics)
                .toArray(NewTopic[]::new));
    }

    /**
     * Retries with exponential back-off (0.5 s doubling to 8 s, 5 retries), then parks the record unchanged on
     * {@code <topic>.<consumer>.dlt} with the exception in its headers. A malformed CloudEvent is parked at once.
     */
    @Bean
    public CommonErrorHandler ketenErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate,
                                                @Value("${spring.application.name}") String consumer,
                                                MeterRegistry meters) {
        var backOff = new ExponentialBackOffWithMaxRetries(5);
        backOff.setInitialInterval(500);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(8_000);
        var handler = new DefaultErrorHandler(parkeerder(kafkaTemplate, consumer, meters), backOff);
        handler.addNotRetryableExceptions(OngeldigCloudEventException.class);
        return handler;
    }

    /**
     * For a listener whose records may never be parked while they can still succeed, such as an erasure (R21): a
     * record that fails is retried with back-off (0.5 s doubling to 60 s) for as long as it fails, holding up its
     * partition; only a malformed CloudEvent is parked, at once.
     */
    @Bean(ZONDER_OPGEVEN)
    public ConcurrentKafkaListenerContainerFactory<Object, Object> zonderOpgevenListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            KafkaTemplate<String, byte[]> kafkaTemplate, @Value("${spring.application.name}") String consumer,
            MeterRegistry meters) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(60_000);
        var handler = new DefaultErrorHandler(parkeerder(kafkaTemplate, consumer, meters), backOff);
        handler.addNotRetryableExceptions(OngeldigCloudEventException.class);
        factory.setCommonErrorHandler(handler);
        return factory;
    }

    private static ConsumerRecordRecoverer parkeerder(KafkaTemplate<String, byte[]> kafkaTemplate, String consumer,
                                                     MeterRegistry meters) {
        var deadLetter = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(KetenTopics.deadLetter(record.topic(), consumer), -1));
        return (record, exception) -> {
            deadLetter.accept(record, exception);
            meters.counter(GEPARKEERD_METRIC, "topic", record.topic()).increment();
        };
    }

    @Bean
    public GeparkeerdeBerichten geparkeerdeBerichten(KafkaAdmin kafkaAdmin,
                                                     ConsumerFactory<String, byte[]> consumerFactory,
                                                     KafkaTemplate<String, byte[]> kafkaTemplate, JdbcTemplate jdbc,
                                                     Clock clock, @Value("${spring.application.name}") String consumer) {
        return new GeparkeerdeBerichten(kafkaAdmin, consumerFactory, kafkaTemplate, jdbc, clock, consumer);
    }

    @Bean
    public Inbox inbox(JdbcTemplate jdbcTemplate, Clock clock) {
        return new Inbox(jdbcTemplate, clock);
    }

    @Bean
    public KetenConsumer ketenConsumer(Inbox inbox, JsonMapper jsonMapper, Validator validator,
                                       CommandGateway commandGateway) {
        return new KetenConsumer(inbox, jsonMapper, validator, commandGateway);
    }
}
