package nl.veiligthuis.keten.platform.axon;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.privacy.Privacyhandlers;
import nl.veiligthuis.keten.platform.privacy.Sleutelkluis;
import nl.veiligthuis.keten.platform.privacy.VersleutelendeSerializer;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Event store, token store and processors on plain JDBC. Axon's own JDBC auto-configuration predates
 * Spring Boot 4's module names and cannot see the DataSource in time, so the beans are declared here;
 * the DDL is Flyway's ({@code db/platform}). Without Hibernate there is no {@code oid} mapping pitfall.
 */
@AutoConfiguration(beforeName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
        "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration"})
public class AxonJdbcConfiguration {

    /** Correlation keys copied from a command's metadata onto every event it causes. */
    public static final String CORRELATION_ID = "ketenCorrelationId";
    public static final String CAUSATION_ID = "ketenCausationId";
    public static final String TRACEPARENT = "traceparent";
    /** The token's subject of whoever's request caused the event; absent when a system acted. */
    public static final String HANDELENDE = "handelende";
    /** The organisation and role of that token, so the event store keeps who acted as the token named them. */
    public static final String HANDELENDE_ORGANISATIE = "handelendeOrganisatie";
    public static final String HANDELENDE_ROL = "handelendeRol";

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLAIM_VERLENGING = Duration.ofSeconds(2);

    /**
     * Axon's own {@code TransactionAutoConfiguration} waits for Boot 3's class names and so never sees Boot 4's
     * transaction manager: without this bean every unit of work ran on Axon's no-op transaction manager, in autocommit,
     * and a command's subscribing handlers took a second connection while its event append held the first. On
     * Spring's transaction manager a command, its events, its subscribing projections, its deadlines and its inbox or
     * Idempotency record share one connection and one transaction; a failed command inside an enclosing transaction
     * marks it rollback-only ({@link JoiningSpringTransactionManager}).
     */
    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new JoiningSpringTransactionManager(transactionManager);
    }

    /**
     * The connection of the Spring transaction the unit of work runs in. Not Axon's
     * {@code UnitOfWorkAwareConnectionProviderWrapper}: it commits the connection itself when the unit of work
     * commits, which would commit an enclosing transaction (a Kafka listener's inbox row, an Idempotency record) early.
     */
    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && POSTGRES_UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 Configuration configuration,
                                                 @Value("${keten.axon.gap-timeout:10m}") Duration gapTimeout) {
        return JdbcEventStorageEngine.builder()
                // a global index not yet visible is a gap, re-read until its transaction commits; Axon forgets the
                // gaps below an event it reads that is older than this (default 1 min). In the fault suite a Kafka
                // outage and a database crash held melding's publisher up for over a minute and two events were never
                // published; the likeliest path is that truncation, so the window is now far longer than such a stall
                // (docs/reliability.md)
                .gapTimeout((int) gapTimeout.toMillis())
                .snapshotSerializer(defaultSerializer)
                // personal data is encrypted per gezin as it is stored (R21, issue 13 point 6)
                .eventSerializer(VersleutelendeSerializer.omhul(eventSerializer))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .build();
    }

    /** The columns of {@code token_entry} as {@code db/platform/V1_0} creates them. */
    public static TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public KetenInstantie ketenInstantie(@Value("${spring.application.name:keten}") String dienst) {
        return KetenInstantie.nieuw(dienst);
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 KetenInstantie instantie) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema())
                .contentType(byte[].class)
                .nodeId(instantie.id())
                // a killed instance's segments go to the others after this long without a renewal
                .claimTimeout(CLAIM_TIMEOUT)
                .build();
    }

    /**
     * Tokens hold a polymorphic {@code Object} (ReplayToken); Jackson 3 refuses it unless the packages are allowed. And
     * personal data is (de)crypted with the service's keys (R21). One bean for both: Axon applies only the first
     * {@code Jackson3SerializerCustomizer} it finds.
     */
    @Bean
    public Jackson3SerializerCustomizer ketenJackson(Sleutelkluis sleutelkluis) {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("nl.veiligthuis.keten.")
                        .allowIfSubType("java.util.")
                        .allowIfSubType("java.time.")
                        .build())
                .handlerInstantiator(Privacyhandlers.voor(sleutelkluis));
    }

    /**
     * The groups whose projection declares {@link VolgordePer}: their events are kept in order per that payload
     * property instead of per gezin (ADR 0005, update). Found on the bean definitions, without creating the beans.
     */
    @Bean
    public ConfigurerModule volgordePerGroep(ListableBeanFactory beans) {
        return configurer -> configurer.eventProcessing(processing -> {
            Map<String, String> perGroep = new TreeMap<>();
            for (String naam : beans.getBeanNamesForAnnotation(VolgordePer.class)) {
                ProcessingGroup groep = beans.findAnnotationOnBean(naam, ProcessingGroup.class);
                String eigenschap = beans.findAnnotationOnBean(naam, VolgordePer.class).value();
                if (groep == null) {
                    throw new IllegalStateException(naam + " declares @VolgordePer without @ProcessingGroup");
                }
                String eerder = perGroep.putIfAbsent(groep.value(), eigenschap);
                if (eerder != null && !eerder.equals(eigenschap)) {
                    throw new IllegalStateException("processing group " + groep.value() + " is kept in order per "
                            + eerder + " and per " + eigenschap);
                }
            }
            perGroep.forEach((groep, eigenschap) -> processing.registerSequencingPolicy(groep,
                    config -> EigenschapSequencingPolicy.per(eigenschap)));
        });
    }

    /**
     * Pooled streaming processors with {@code keten.axon.segmenten} segments keyed by gezin: one gezin's events are
     * handled in the order they were stored, different gezinnen in parallel and, with several instances, on whichever
     * instance holds the segment (ADR 0005).
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors(@Value("${keten.axon.segmenten:4}") int segmenten,
                                                      @Value("${keten.axon.werkdraden:2}") int werkdraden,
                                                      @Value("${keten.axon.batch-grootte:100}") int batchGrootte,
                                                      @Value("${keten.axon.wek-interval:25}") long wekInterval) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultSequencingPolicy(config -> new GezinSequencingPolicy())
                .usingPooledStreamingEventProcessors((config, builder) -> {
                    // at most this many segments of one processor hold a connection at once (docs/reliability.md)
                    ScheduledExecutorService werk = Executors.newScheduledThreadPool(werkdraden,
                            new AxonThreadFactory("werkpakket"));
                    config.onShutdown(werk::shutdown);
                    // a batch is what has arrived, up to this many events, in one transaction: no wait for a full batch,
                    // but a replay or a backlog commits once per batch instead of once per event
                    // the coordinator renews the claims also while a batch runs long (a Kafka outage holds a publish up
                    // to 30 s, three times the claim timeout), so no other instance takes a segment that is busy.
                    // An idle segment renews its own claim once the threshold has passed, on the coordinator's next
                    // round, which comes every threshold when idle: with Axon's 5 s a renewal can come close to the
                    // 10 s claim timeout, after which another instance may take the segment. 2 s keeps renewals at
                    // most 4 s apart.
                    return builder.initialSegmentCount(segmenten).workerExecutor(werk).batchSize(batchGrootte)
                            .enableCoordinatorClaimExtension().claimExtensionThreshold(CLAIM_VERLENGING.toMillis())
                            .messageSource(gewekt(config, wekInterval));
                }));
    }

    /** One wake-up source per configuration, shared by its processors, closed with it. */
    private final AtomicReference<GewekteEventbron> gewekteBron = new AtomicReference<>();

    private GewekteEventbron gewekt(Configuration config, long wekInterval) {
        return gewekteBron.updateAndGet(bron -> {
            if (bron != null) {
                return bron;
            }
            GewekteEventbron nieuw = new GewekteEventbron(config.eventStore(), wekInterval);
            config.onShutdown(nieuw::close);
            return nieuw;
        });
    }

    /**
     * Axon's event store, with its producer polling the storage every {@code keten.axon.ophaal-interval} (default
     * 25 ms) instead of every second when idle. It is also woken by a commit it sees, but a command inside an enclosing
     * transaction (a Kafka listener's inbox, an Idempotency-Key) commits after Axon's unit of work, so that wake-up
     * comes too early and the events waited for the next poll.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                         @Value("${keten.axon.ophaal-interval:25ms}") Duration ophaalInterval) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(ophaalInterval.toMillis())
                .build();
    }

    @Bean
    public SegmentVerdeling segmentVerdeling(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                                             KetenInstantie instantie,
                                             @Value("${keten.axon.segmenten:4}") int segmenten,
                                             @Value("${keten.axon.verdeling-interval:3s}") Duration interval) {
        return new SegmentVerdeling(processing, jdbc, instantie, segmenten, interval);
    }

    @Bean
    public CorrelationDataProvider ketenCorrelationData() {
        return new SimpleCorrelationDataProvider(CORRELATION_ID, CAUSATION_ID, TRACEPARENT);
    }

    @Bean
    public CorrelationDataProvider handelendeCorrelatie() {
        return new HandelendeCorrelatie();
    }
}
