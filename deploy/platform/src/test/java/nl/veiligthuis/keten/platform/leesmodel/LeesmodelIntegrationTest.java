package nl.veiligthuis.keten.platform.leesmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The leesmodel on a real PostgreSQL: what a handler changes in memory is what the database holds after commit. */
class LeesmodelIntegrationTest {

    private static final Instant NU = Instant.parse("2026-12-07T10:15:30.123456789Z");

    private JdbcTemplate jdbc;
    private SpringTransactionManager transacties;
    private Leesmodel leesmodel;
    private final AtomicInteger selects = new AtomicInteger();

    @BeforeEach
    void maakTabellen() {
        TestInfrastructure infra = TestInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infra.freshDatabase("leesmodel"), infra.username(),
                infra.password());
        jdbc = new JdbcTemplate(dataSource) {
            @Override
            public <T> List<T> query(String sql, org.springframework.jdbc.core.RowMapper<T> mapper, Object... args) {
                if (sql.startsWith("SELECT * FROM")) {
                    selects.incrementAndGet();
                }
                return super.query(sql, mapper, args);
            }
        };
        transacties = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        jdbc.execute("""
                CREATE TABLE gesprek (zaak_id VARCHAR(36) NOT NULL, volgnummer INTEGER NOT NULL, gesproken BOOLEAN,
                    gevoerd_op DATE, vastgelegd_op TIMESTAMP WITH TIME ZONE, aantal BIGINT, inhoud JSON, toelichting TEXT,
                    PRIMARY KEY (zaak_id, volgnummer))""");
        leesmodel = new Leesmodel(jdbc);
    }

    private void inUnitOfWork(Consumer<Leesmodel> handler) {
        DefaultUnitOfWork<EventMessage<?>> uow = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("x"));
        uow.attachTransaction(transacties);
        var uitkomst = uow.executeWithResult(() -> {
            handler.accept(leesmodel);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (uitkomst.isExceptional()) {
            throw new IllegalStateException(uitkomst.exceptionResult());
        }
    }

    private Rij gesprek(int volgnummer) {
        return Rij.leeg().met("volgnummer", volgnummer).met("gesproken", true).met("gevoerd_op", LocalDate.of(2026, 12, 1))
                .met("vastgelegd_op", NU).met("aantal", 3L).met("inhoud", "{\"a\": 1}").met("toelichting", "t");
    }

    @Test
    void rowsWrittenInMemoryAreInTheDatabaseAfterCommitWithEveryType() {
        inUnitOfWork(model -> {
            Partitie gesprekken = model.partitie("gesprek", "zaak-1");
            assertThat(gesprekken.voegToe(gesprek(1))).isTrue();
            assertThat(gesprekken.voegToe(gesprek(1).met("toelichting", "tweede"))).isFalse();
            // a long sequence number finds the INTEGER key it was stored under
            assertThat(gesprekken.vind("zaak-1", 1L)).isPresent();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isZero();
        });
        Map<String, Object> rij = jdbc.queryForMap("SELECT * FROM gesprek");
        assertThat(rij).containsEntry("zaak_id", "zaak-1").containsEntry("volgnummer", 1).containsEntry("aantal", 3L)
                .containsEntry("toelichting", "t").containsEntry("gesproken", true);
        assertThat(jdbc.queryForObject("SELECT vastgelegd_op = ? FROM gesprek", Boolean.class,
                java.sql.Timestamp.from(NU.truncatedTo(java.time.temporal.ChronoUnit.MICROS)))).isTrue();
        assertThat(jdbc.queryForObject("SELECT inhoud::text FROM gesprek", String.class)).isEqualTo("{\"a\": 1}");

        inUnitOfWork(model -> {
            Partitie gesprekken = model.partitie("gesprek", "zaak-1");
            // read back as written, so an unchanged row is not written again
            assertThat(gesprekken.vind("zaak-1", 1)).contains(model.partitie("gesprek", "zaak-1").rijen().get(0));
            assertThat(gesprekken.vind("zaak-1", 1).orElseThrow().datum("gevoerd_op")).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(gesprekken.wijzig(g -> g.met("toelichting", null), "zaak-1", 1)).isTrue();
            assertThat(gesprekken.wijzig(g -> g.met("toelichting", "x"), "zaak-1", 2)).isFalse();
            gesprekken.voegToe(gesprek(2));
        });
        assertThat(jdbc.queryForList("SELECT volgnummer, toelichting FROM gesprek ORDER BY volgnummer"))
                .containsExactly(rijMet(1, null), rijMet(2, "t"));

        inUnitOfWork(model -> assertThat(model.partitie("gesprek", "zaak-1")
                .verwijderAlle(g -> g.geheel("volgnummer") == 1)).isEqualTo(1));
        assertThat(jdbc.queryForList("SELECT volgnummer FROM gesprek", Integer.class)).containsExactly(2);
    }

    private static Map<String, Object> rijMet(int volgnummer, String toelichting) {
        var rij = new java.util.HashMap<String, Object>();
        rij.put("volgnummer", volgnummer);
        rij.put("toelichting", toelichting);
        return rij;
    }

    @Test
    void aFailingHandlerLeavesNothingBehind() {
        assertThatThrownBy(() -> inUnitOfWork(model -> {
            model.partitie("gesprek", "zaak-2").voegToe(gesprek(1));
            throw new IllegalStateException("handler faalt");
        })).hasRootCauseMessage("handler faalt");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isZero();
    }

    @Test
    void oneUnitOfWorkReadsAPartitionOnceAndSeesItsOwnChanges() {
        inUnitOfWork(model -> {
            model.partitie("gesprek", "zaak-3").voegToe(gesprek(1));
            assertThat(model.partitie("gesprek", "zaak-3").vind("zaak-3", 1)).isPresent();
            model.partitie("gesprek", "zaak-3").voegToe(gesprek(2));
        });
        assertThat(selects).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isEqualTo(2);
    }

    @Test
    void aHerbouwReadsNothingForNewPartitionsAndReloadsOnlyWhatItPutAside() {
        Leesmodel.Herbouw herbouw = leesmodel.herbouw(2);
        for (int zaak = 1; zaak <= 5; zaak++) {
            String zaakId = "zaak-" + zaak;
            herbouwBatch(herbouw, () -> leesmodel.partitie("gesprek", zaakId).voegToe(gesprek(1)));
        }
        assertThat(selects).hasValue(0);
        // the last batch's partition stays: its rows might still be being written
        assertThat(herbouw.partities()).isEqualTo(2);
        herbouwBatch(herbouw, () -> leesmodel.partitie("gesprek", "zaak-1").voegToe(gesprek(2)));
        // zaak-1 was put aside after its write, so it is read back before its second row is added
        assertThat(selects).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isEqualTo(6);
    }

    @Test
    void aHerbouwWritesABatchOnlyWhenItsChangesAreRunAndLaterChangesDoNotLeakIntoThem() {
        Leesmodel.Herbouw herbouw = leesmodel.herbouw(100);
        handel(herbouw, () -> leesmodel.partitie("gesprek", "zaak-7").voegToe(gesprek(1)));
        Runnable eerste = herbouw.wijzigingen();
        handel(herbouw, () -> leesmodel.partitie("gesprek", "zaak-7")
                .wijzig(g -> g.met("toelichting", "later"), "zaak-7", 1));
        Runnable tweede = herbouw.wijzigingen();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isZero();
        transacties.executeInTransaction(eerste);
        assertThat(jdbc.queryForObject("SELECT toelichting FROM gesprek", String.class)).isEqualTo("t");
        // a herbouw's new rows go in by COPY's binary format: every kind of value arrives as it would by INSERT
        assertThat(jdbc.queryForMap("SELECT volgnummer, gesproken, gevoerd_op, vastgelegd_op = ? AS moment_gelijk,"
                        + " aantal, inhoud::text AS inhoud FROM gesprek",
                java.sql.Timestamp.from(NU.truncatedTo(java.time.temporal.ChronoUnit.MICROS))))
                .containsEntry("volgnummer", 1).containsEntry("gesproken", true)
                .containsEntry("gevoerd_op", java.sql.Date.valueOf(LocalDate.of(2026, 12, 1)))
                .containsEntry("moment_gelijk", true).containsEntry("aantal", 3L)
                .containsEntry("inhoud", "{\"a\": 1}");
        transacties.executeInTransaction(tweede);
        assertThat(jdbc.queryForObject("SELECT toelichting FROM gesprek", String.class)).isEqualTo("later");
    }

    /** One batch's handlers in a herbouw, without writing. */
    private void handel(Leesmodel.Herbouw herbouw, Runnable handler) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(
                List.of(GenericEventMessage.asEventMessage("x")));
        herbouw.neemDeel(batch);
        batch.executeWithResult(() -> {
            handler.run();
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
    }

    /** One batch of a herbouw, its changes written in a transaction as the Afspeler does. */
    private void herbouwBatch(Leesmodel.Herbouw herbouw, Runnable handler) {
        handel(herbouw, handler);
        transacties.executeInTransaction(herbouw.wijzigingen());
        herbouw.zetUit();
    }

    @Test
    void aValueOfTheWrongKindOrAnUnknownColumnIsRefused() {
        assertThatThrownBy(() -> inUnitOfWork(model -> model.partitie("gesprek", "zaak-4")
                .voegToe(gesprek(1).met("vastgelegd_op", "gisteren"))))
                .hasRootCauseMessage("kolom gesprek.vastgelegd_op (MOMENT) krijgt een String");
        assertThatThrownBy(() -> inUnitOfWork(model -> model.partitie("gesprek", "zaak-4")
                .voegToe(gesprek(1).met("onbekend", 1))))
                .hasRootCauseMessage("tabel gesprek heeft geen kolom onbekend");
        assertThatThrownBy(() -> inUnitOfWork(model -> model.partitie("gesprek", "zaak-4")
                .voegToe(gesprek(1).met("zaak_id", "zaak-5"))))
                .hasRootCauseMessage("rij hoort niet in partitie gesprek.zaak_id");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gesprek", Long.class)).isZero();
    }

    @Test
    void outsideAUnitOfWorkTheLeesmodelRefuses() {
        assertThatThrownBy(() -> leesmodel.partitie("gesprek", "zaak-1")).isInstanceOf(IllegalStateException.class);
    }
}
