package nl.veiligthuis.keten.platform.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * R20, issue 13 point 5: the access log's head anchored outside the database. Whoever can change the database can
 * recompute the whole chain so that it verifies again; the anchor on Kafka still finds it.
 */
class ToegangsankerIntegrationTest {

    private final String dienst = "test-" + UUID.randomUUID();
    private JdbcTemplate eigenaar;
    private Toegangslog log;
    private Toegangsanker anker;

    @BeforeEach
    void start() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("toegangsanker"), infra.username(),
                infra.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        eigenaar = new JdbcTemplate(dataSource);
        log = new Toegangslog(eigenaar, new DataSourceTransactionManager(dataSource));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(KetenTopics.TOEGANGSLOG, 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        var kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        anker = new Toegangsanker(eigenaar, kafka, Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.bootstrapServers()), JsonMapper.builder().build(), dienst, Clock.systemUTC());
    }

    @Test
    void r20_aChainRecomputedInTheDatabaseVerifiesAgainButNotAgainstItsAnchor() {
        assertThat(anker.veranker()).as("nothing to anchor yet").isEmpty();
        log.schrijf(registratie("00f067aa0ba902b1"));
        log.schrijf(registratie("00f067aa0ba902b2"));
        assertThat(anker.veranker()).hasValueSatisfying(kop -> assertThat(kop.volgnummer()).isEqualTo(2));
        assertThat(anker.controleer()).hasValueSatisfying(controle -> assertThat(controle.klopt()).isTrue());
        // the chain grows after its anchor: still whole, and anchored anew from there
        log.schrijf(registratie("00f067aa0ba902b3"));
        assertThat(log.verifieer().intact()).isTrue();
        assertThat(anker.controleer()).hasValueSatisfying(controle -> assertThat(controle.klopt()).isTrue());
        assertThat(anker.veranker()).hasValueSatisfying(kop -> assertThat(kop.volgnummer()).isEqualTo(3));

        // an insider with the owner's rights changes a record and recomputes every hash after it
        eigenaar.execute("ALTER TABLE toegangsregistratie DISABLE TRIGGER toegangsregistratie_geen_wijziging");
        eigenaar.update("UPDATE toegangsregistratie SET gebruiker = 'iemand anders' WHERE volgnummer = 1");
        String vorige = null;
        for (Toegangslog.Regel regel : log.voor("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", null, 0, 10)) {
            String hash = Toegangshash.van(vorige, regel.registratie());
            eigenaar.update("UPDATE toegangsregistratie SET vorige_hash = ?, hash = ? WHERE volgnummer = ?", vorige,
                    hash, regel.volgnummer());
            vorige = hash;
        }
        assertThat(log.verifieer().intact()).as("the chain alone").isTrue();
        assertThat(anker.controleer()).hasValueSatisfying(controle -> {
            assertThat(controle.klopt()).isFalse();
            assertThat(controle.reden()).isEqualTo("HASH_WIJKT_AF");
        });
        // and the recomputed chain is never anchored as if it were the real one
        assertThatThrownBy(() -> anker.veranker()).isInstanceOf(IllegalStateException.class);
        assertThat(anker.laatste()).hasValueSatisfying(laatste -> assertThat(laatste.volgnummer()).isEqualTo(3));

        // removed altogether: the row the anchor names is gone
        eigenaar.update("DELETE FROM toegangsregistratie");
        assertThat(anker.controleer()).hasValueSatisfying(controle ->
                assertThat(controle.reden()).isEqualTo("ONTBREEKT"));
    }

    private Toegangsregistratie registratie(String span) {
        Instant nu = Instant.now();
        return new Toegangsregistratie(UUID.randomUUID(), "4bf92f3577b34da6a3ce929d0e0e4736", span, nu, nu, dienst,
                "GET /api/v1/triages/{meldingId}", Handeling.INZIEN, Uitkomst.TOEGESTAAN, 200, "test-vt-1", null,
                "Veilig Thuis Rotterdam Rijnmond", "VEILIG_THUIS_MEDEWERKER", "Wmo 2015", null,
                List.of("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01"), List.of(), List.of("meldingId=1"));
    }
}
