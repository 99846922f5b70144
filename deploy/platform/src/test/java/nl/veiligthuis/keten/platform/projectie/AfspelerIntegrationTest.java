package nl.veiligthuis.keten.platform.projectie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.veiligthuis.keten.platform.axon.AxonJdbcConfiguration;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The herbouw's direct replay on a real PostgreSQL event store and token store (R19): every event once and in order,
 * a batch's effects and its tokens committed together, so a failure or a stop keeps what was committed and the
 * processor continues from exactly there.
 */
class AfspelerIntegrationTest {

    private static final String GROEP = "afspeel-test";
    private static final int[] SEGMENTEN = {0, 1};
    private static final int EVENTS = Afspeler.BATCH * 2 + 500;

    record Gebeurd(String zaakId, int nummer) {
    }

    /** Writes each event in the batch's transaction; the primary key refuses a second handling. */
    static final class Verwerker {

        private final JdbcTemplate jdbc;
        private final List<Integer> volgorde = Collections.synchronizedList(new ArrayList<>());
        private volatile int faaltBij = -1;

        Verwerker(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(Gebeurd gebeurd) {
            if (gebeurd.nummer() == faaltBij) {
                throw new IllegalStateException("handler faalt bij " + gebeurd.nummer());
            }
            jdbc.update("INSERT INTO verwerkt (nummer) VALUES (?)", gebeurd.nummer());
            volgorde.add(gebeurd.nummer());
        }
    }

    private JdbcTemplate jdbc;
    private SpringTransactionManager transacties;
    private JdbcEventStorageEngine opslag;
    private TokenStore tokenStore;
    private Verwerker verwerker;

    @BeforeEach
    void maakStore() {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("afspeler"), infra.username(),
                infra.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE verwerkt (nummer INTEGER PRIMARY KEY)");
        transacties = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        ConnectionProvider verbindingen = new SpringDataSourceConnectionProvider(dataSource);
        Serializer serializer = Jackson3Serializer.builder().build();
        opslag = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .connectionProvider(verbindingen)
                .transactionManager(transacties)
                .schema(new AxonJdbcConfiguration().eventSchema())
                .dataType(byte[].class)
                .build();
        tokenStore = JdbcTokenStore.builder()
                .connectionProvider(verbindingen)
                .serializer(serializer)
                .schema(AxonJdbcConfiguration.tokenSchema())
                .contentType(byte[].class)
                .nodeId("afspeler-test")
                .claimTimeout(Duration.ofSeconds(10))
                .build();
        List<EventMessage<?>> events = IntStream.rangeClosed(1, EVENTS)
                .<EventMessage<?>>mapToObj(nummer -> new GenericDomainEventMessage<>("Zaak", "zaak-" + (nummer % 7),
                        nummer / 7, new Gebeurd("zaak-" + (nummer % 7), nummer)))
                .toList();
        transacties.executeInTransaction(() -> opslag.appendEvents(events));
        transacties.executeInTransaction(() -> {
            tokenStore.initializeTokenSegments(GROEP, SEGMENTEN.length);
            for (int segment : SEGMENTEN) {
                tokenStore.fetchToken(GROEP, segment); // the herbouw holds every claim, as after resetTokens()
            }
        });
        verwerker = new Verwerker(jdbc);
    }

    /** A group whose handler errors propagate (as melding's gezinsregister); Axon's default only logs them. */
    private Afspeler afspeler() {
        return new Afspeler(GROEP, SimpleEventHandlerInvoker.builder().eventHandlers(verwerker)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance()).build(), SEGMENTEN,
                tokenStore, transacties, opslag, Optional.empty(), false);
    }

    private long globalIndexVan(int nummer) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry ORDER BY global_index OFFSET ? LIMIT 1",
                Long.class, nummer - 1);
    }

    private List<Long> tokenposities() {
        return transacties.fetchInTransaction(() -> IntStream.of(SEGMENTEN)
                .mapToObj(segment -> tokenStore.fetchToken(GROEP, segment))
                .map(TrackingToken::position)
                .map(positie -> positie.orElse(-1))
                .toList());
    }

    private long verwerkt() {
        return jdbc.queryForObject("SELECT count(*) FROM verwerkt", Long.class);
    }

    @Test
    void r19_replaysEveryEventOnceInStoredOrderAndLeavesEverySegmentsTokenAtTheLastEvent() {
        Afspeler afspeler = afspeler();

        assertThat(afspeler.speelAf(() -> false)).isTrue();

        assertThat(verwerker.volgorde).containsExactlyElementsOf(IntStream.rangeClosed(1, EVENTS).boxed().toList());
        assertThat(verwerkt()).isEqualTo(EVENTS);
        assertThat(afspeler.gelezen()).isEqualTo(globalIndexVan(EVENTS));
        assertThat(tokenposities()).containsOnly(globalIndexVan(EVENTS));
    }

    @Test
    void r19_aFailingBatchLeavesNothingOfItselfAndTheTokensAtTheLastCommittedBatch() {
        verwerker.faaltBij = Afspeler.BATCH + 17;
        Afspeler afspeler = afspeler();

        assertThatThrownBy(() -> afspeler.speelAf(() -> false))
                .hasRootCauseMessage("handler faalt bij " + (Afspeler.BATCH + 17));

        assertThat(verwerkt()).isEqualTo(Afspeler.BATCH);
        assertThat(jdbc.queryForObject("SELECT max(nummer) FROM verwerkt", Integer.class)).isEqualTo(Afspeler.BATCH);
        assertThat(afspeler.gelezen()).isEqualTo(globalIndexVan(Afspeler.BATCH));
        assertThat(tokenposities()).containsOnly(globalIndexVan(Afspeler.BATCH));
    }

    @Test
    void r19_stoppedBetweenBatchesItKeepsWhatItCommittedAndItsTokensSayExactlyThat() {
        AtomicInteger gevraagd = new AtomicInteger();
        Afspeler afspeler = afspeler();

        assertThat(afspeler.speelAf(() -> gevraagd.incrementAndGet() > 1)).isFalse();

        assertThat(verwerkt()).isEqualTo(Afspeler.BATCH);
        // a processor starting from these tokens handles event BATCH + 1 next: nothing lost, nothing twice
        assertThat(tokenposities()).containsOnly(globalIndexVan(Afspeler.BATCH));
    }
}
