package nl.veiligthuis.keten.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.veiligthuis.keten.platform.axon.AxonJdbcConfiguration;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one policy every listener gets from the platform (issue 12 point 1): type, payload and its constraints, inbox,
 * effect, in one transaction on a real PostgreSQL.
 */
class KetenConsumerIntegrationTest {

    static final String GESTART = "nl.veilig-thuis.keten.test.gestart.v1";
    static final String ANDER = "nl.veilig-thuis.keten.test.ander.v1";

    /** The consumer's own reading of the payload: only what it needs, constrained where it cannot do without. */
    record GestartV1(@NotBlank String zaakId, @NotNull Instant op) {
    }

    record Start(String zaakId) {
    }

    private JdbcTemplate jdbc;
    private TransactionTemplate transactie;
    private KetenConsumer consumer;
    private final List<CommandMessage<?>> commandos = new ArrayList<>();
    private final List<String> effecten = new ArrayList<>();

    @BeforeEach
    void maakConsumer() {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("keten_consumer"), infra.username(),
                infra.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactie = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(Start.class.getName(), commando -> {
            commandos.add(commando);
            return null;
        });
        consumer = new KetenConsumer(new Inbox(jdbc, Clock.systemUTC()), JsonMapper.builder().build(),
                Validation.buildDefaultValidatorFactory().getValidator(),
                DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    @Test
    void aDeclaredTypeBecomesItsCommandOnceWithTheEventAsItsCause() {
        Abonnement abonnement = Abonnement.voor("test").commando(GESTART, GestartV1.class, (g, o) -> new Start(g.zaakId()));
        KetenEvent event = event(GESTART, """
                {"zaakId": "z-1", "op": "2026-12-01T10:00:00Z", "veldUitEenLatereVersie": 42}""");

        verwerk(abonnement, event);
        verwerk(abonnement, event);

        assertThat(commandos).singleElement().satisfies(commando -> {
            assertThat(commando.getPayload()).isEqualTo(new Start("z-1"));
            assertThat(commando.getMetaData()).containsEntry(AxonJdbcConfiguration.CAUSATION_ID, event.id())
                    .containsEntry(AxonJdbcConfiguration.CORRELATION_ID, "correlatie-1")
                    .containsEntry(AxonJdbcConfiguration.TRACEPARENT, event.traceparent());
        });
        assertThat(inbox("test")).containsExactly(event.id());
    }

    @Test
    void anUndeclaredTypeOrACommandThatAsksNothingIsRecordedAsReceivedWithoutEffect() {
        Abonnement abonnement = Abonnement.voor("test").commando(GESTART, GestartV1.class, (g, o) -> null);
        KetenEvent gestart = event(GESTART, """
                {"zaakId": "z-1", "op": "2026-12-01T10:00:00Z"}""");

        KetenEvent ander = event(ANDER, "niet eens JSON");
        verwerk(abonnement, ander);
        verwerk(abonnement, gestart);

        assertThat(commandos).isEmpty();
        assertThat(inbox("test")).containsExactlyInAnyOrder(ander.id(), gestart.id());
    }

    @Test
    void dataThatBreaksTheContractIsRefusedAtOnceNamingTheFieldsNotTheirValues() {
        Abonnement abonnement = Abonnement.voor("test").commando(GESTART, GestartV1.class, (g, o) -> new Start(g.zaakId()));

        assertThatThrownBy(() -> verwerk(abonnement, event(GESTART, """
                {"zaakId": " ", "geheim": "Jansen"}""")))
                .isInstanceOf(OngeldigCloudEventException.class)
                .hasMessageContaining("op").hasMessageContaining("zaakId").hasMessageNotContaining("Jansen");
        assertThatThrownBy(() -> verwerk(abonnement, event(GESTART, "{\"zaakId\": ")))
                .isInstanceOf(OngeldigCloudEventException.class);
        assertThatThrownBy(() -> verwerk(abonnement, event(GESTART, """
                {"zaakId": "z-1", "op": "gisteren"}""")))
                .isInstanceOf(OngeldigCloudEventException.class);

        assertThat(commandos).isEmpty();
        assertThat(inbox("test")).isEmpty();
    }

    @Test
    void aFailingEffectRollsTheInboxRecordBackSoTheRetryRunsItAgain() {
        List<String> pogingen = new ArrayList<>();
        Abonnement abonnement = Abonnement.voor("test").verwerk(GESTART, GestartV1.class, (g, ontvangst) -> {
            pogingen.add(g.zaakId());
            if (pogingen.size() == 1) {
                throw new IllegalStateException("nog niet bekend");
            }
            effecten.add(ontvangst.topic() + "/" + ontvangst.partitie() + "/" + ontvangst.offset());
        });
        KetenEvent event = event(GESTART, """
                {"zaakId": "z-1", "op": "2026-12-01T10:00:00Z"}""");

        assertThatThrownBy(() -> verwerk(abonnement, event)).isInstanceOf(IllegalStateException.class);
        assertThat(inbox("test")).isEmpty();
        verwerk(abonnement, event);

        assertThat(pogingen).containsExactly("z-1", "z-1");
        assertThat(effecten).containsExactly("keten.test.v1/2/7");
        assertThat(inbox("test")).containsExactly(event.id());
    }

    @Test
    void everyTypeReachesElkTypeOnceAfterTheDeclaredEffect() {
        Abonnement abonnement = Abonnement.voor("tijdlijn")
                .verwerk(GESTART, GestartV1.class, (g, ontvangst) -> effecten.add("gestart " + g.zaakId()))
                .elkType(ontvangst -> effecten.add("tijdlijn " + ontvangst.event().type()));
        KetenEvent gestart = event(GESTART, """
                {"zaakId": "z-1", "op": "2026-12-01T10:00:00Z"}""");

        verwerk(abonnement, gestart);
        verwerk(abonnement, event(ANDER, "{}"));
        verwerk(abonnement, gestart);

        assertThat(effecten).containsExactly("gestart z-1", "tijdlijn " + GESTART, "tijdlijn " + ANDER);
        assertThat(inbox("tijdlijn")).hasSize(2);
    }

    @Test
    void aTypeIsDeclaredOnce() {
        Abonnement abonnement = Abonnement.voor("test").commando(GESTART, GestartV1.class, (g, o) -> null);
        assertThatThrownBy(() -> abonnement.verwerk(GESTART, GestartV1.class, (g, o) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(GESTART);
        assertThat(abonnement.typen()).containsExactly(Map.entry(GESTART, GestartV1.class));
    }

    private void verwerk(Abonnement abonnement, KetenEvent event) {
        ProducerRecord<String, byte[]> verstuurd = CloudEventsKafkaCodec.encode("keten.test.v1", event);
        var record = new ConsumerRecord<>(verstuurd.topic(), 2, 7, 0L, TimestampType.CREATE_TIME, -1, -1,
                verstuurd.key(), verstuurd.value(), verstuurd.headers(), Optional.empty());
        transactie.executeWithoutResult(status -> consumer.verwerk(abonnement, record));
    }

    private List<String> inbox(String naam) {
        return jdbc.queryForList("SELECT event_id FROM inbox_message WHERE consumer = ?", String.class, naam);
    }

    private static KetenEvent event(String type, String data) {
        return new KetenEvent(UUID.randomUUID().toString(), type, URI.create("urn:test"), "gezin-1",
                Instant.parse("2026-12-01T10:00:00Z"), null, "correlatie-1", null,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", data.getBytes(StandardCharsets.UTF_8));
    }
}
