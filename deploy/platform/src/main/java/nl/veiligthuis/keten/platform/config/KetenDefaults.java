package nl.veiligthuis.keten.platform.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lowest-precedence defaults of every service. Anything here is overridden by the service's own
 * configuration file, by environment variables (for example {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}) and
 * by command-line arguments.
 */
public class KetenDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("axon.axonserver.enabled", "false"),
            Map.entry("axon.update-check.disabled", "true"),
            Map.entry("axon.serializer.general", "jackson3"),
            Map.entry("axon.serializer.events", "jackson3"),
            Map.entry("axon.serializer.messages", "jackson3"),
            Map.entry("spring.flyway.locations",
                    "classpath:db/platform,classpath:db/migration/${spring.application.name}"),
            // platform migrations (V1_x) added later sort before a service's applied V2_x; apply them anyway
            Map.entry("spring.flyway.out-of-order", "true"),
            Map.entry("spring.kafka.bootstrap-servers", "localhost:9092"),
            Map.entry("spring.kafka.producer.key-serializer",
                    "org.apache.kafka.common.serialization.StringSerializer"),
            Map.entry("spring.kafka.producer.value-serializer",
                    "org.apache.kafka.common.serialization.ByteArraySerializer"),
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            // a topic created by an older version gets the configuration declared now (keten.privacy.v1's retention)
            Map.entry("spring.kafka.admin.modify-topic-configs", "true"),
            Map.entry("spring.kafka.consumer.group-id", "${spring.application.name}"),
            Map.entry("spring.kafka.consumer.key-deserializer",
                    "org.apache.kafka.common.serialization.StringDeserializer"),
            Map.entry("spring.kafka.consumer.value-deserializer",
                    "org.apache.kafka.common.serialization.ByteArrayDeserializer"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("spring.kafka.consumer.enable-auto-commit", "false"),
            Map.entry("spring.kafka.consumer.isolation-level", "read_committed"),
            // a consumer that died (kill -9) holds its partitions until its session times out: 10 s, not Kafka's 45 s
            Map.entry("spring.kafka.consumer.properties.session.timeout.ms", "10000"),
            Map.entry("spring.kafka.consumer.properties.heartbeat.interval.ms", "3000"),
            Map.entry("db-scheduler.polling-interval", "1s"),
            Map.entry("db-scheduler.threads", "2"),
            // deadlines overdue at start-up (a service back after a crash) would otherwise run before Axon's
            // deadline manager exists, fail, and wait db-scheduler's 5 minutes before their retry
            Map.entry("db-scheduler.delay-startup-until-context-ready", "true"),
            // an execution picked by an instance killed with kill -9 is revived after 6 missed heartbeats: 30 s, not
            // the default 30 minutes (the deadline handlers are idempotent, so a revived one fires no second effect)
            Map.entry("db-scheduler.heartbeat-interval", "5s"),
            Map.entry("db-scheduler.missed-heartbeats-limit", "6"),
            // a stop waits at most this long for a running deadline (it is one short transaction), not 30 minutes
            Map.entry("db-scheduler.shutdown-max-wait", "5s"),
            // bean validation's messages in Dutch, like every other message of the API (issue 13 point 8)
            Map.entry("spring.web.locale", "nl"),
            Map.entry("spring.web.locale-resolver", "fixed"),
            Map.entry("springdoc.api-docs.path", "/api/v1/openapi.json"),
            Map.entry("springdoc.swagger-ui.path", "/api/v1/docs"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            // ready means ready: the database answers, every consumer has its partitions, every processor its segments
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.endpoint.health.show-components", "always"),
            Map.entry("management.endpoint.health.group.readiness.include",
                    "readinessState,db,kafkaConsumers,eventProcessors"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "5s"),
            Map.entry("server.shutdown", "graceful"),
            // Sizing, chosen together (docs/reliability.md): at most 12 API requests at once per service, the rest
            // wait up to 1 s and then get 503; the pool keeps 20 connections more for event processors (2 worker threads each), Kafka
            // listeners and the deadline scheduler; Tomcat's threads only have to hold the waiting requests.
            Map.entry("keten.web.max-gelijktijdig", "12"),
            Map.entry("keten.web.max-wachttijd", "1s"),
            Map.entry("spring.datasource.hikari.maximum-pool-size", "32"),
            Map.entry("spring.datasource.hikari.minimum-idle", "4"),
            // a JDBC batch of inserts goes to PostgreSQL as multi-row inserts (herbouw, inbox, timeline)
            Map.entry("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true"),
            Map.entry("spring.datasource.hikari.connection-timeout", "5000"),
            Map.entry("server.tomcat.threads.max", "64"),
            Map.entry("server.tomcat.accept-count", "200"),
            Map.entry("spring.threads.virtual.enabled", "false"),
            // Axon wraps every event handler call in a timer that records the caller's stack trace and schedules a
            // warning: a profile of the herbouw found it among the largest per-event costs. A stuck batch is still
            // stopped by the processor's unit-of-work timeout (axon.timeout.transaction.event-processors, 60 s).
            Map.entry("axon.timeout.handler.events.timeout-ms", "-1"),
            Map.entry("axon.timeout.handler.events.warning-threshold-ms", "-1"),
            Map.entry("logging.level.org.apache.kafka", "WARN"),
            Map.entry("logging.level.org.axonframework.eventsourcing.eventstore.jdbc", "WARN"),
            Map.entry("keten.publieke-url", "http://localhost:${server.port:8080}"),
            // where each service reaches the others, for the chain's access-log overview (R20)
            Map.entry("keten.diensten.melding-service", "${MELDING_PUBLIC_URL:http://localhost:8081}"),
            Map.entry("keten.diensten.triage-service", "${TRIAGE_PUBLIC_URL:http://localhost:8082}"),
            Map.entry("keten.diensten.wijkteam-service", "${WIJKTEAM_PUBLIC_URL:http://localhost:8083}"),
            Map.entry("keten.diensten.monitoring-service", "${MONITORING_PUBLIC_URL:http://localhost:8084}"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ketenDefaults", DEFAULTS));
    }
}
