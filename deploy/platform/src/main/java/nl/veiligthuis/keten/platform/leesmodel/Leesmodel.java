package nl.veiligthuis.keten.platform.leesmodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where event handlers of a processing group read and change their read model's rows: per table, the partition of
 * one zaak (or other key). Within a unit of work the rows are read once and changed in memory; when it commits, the
 * changes go to the database in the same transaction as the processor's token, a batch per table. A processor batch
 * of a hundred events thus costs statements per table, not per event, and a herbouw keeps rows across batches
 * ({@link #herbouw}).
 *
 * <p>Only the group's handlers may write these tables: a change made around the leesmodel is not seen by a unit of
 * work that already read the partition.
 */
public class Leesmodel {

    private static final String WERKSET = Leesmodel.class.getName() + ".werkset";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final Map<String, Tabelschema> schemas = new ConcurrentHashMap<>();

    public Leesmodel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** The rows of the table whose first primary-key column holds the value. */
    public Partitie partitie(String tabel, Object waarde) {
        Tabelschema schema = schema(tabel);
        return werkset().partitie(schema, schema.sleutel().get(0), waarde);
    }

    /** The rows of the table whose column holds the value; the column should be indexed. */
    public Partitie partitie(String tabel, String kolom, Object waarde) {
        Tabelschema schema = schema(tabel);
        if (!schema.heeftKolom(kolom)) {
            throw new IllegalArgumentException("tabel " + tabel + " heeft geen kolom " + kolom);
        }
        return werkset().partitie(schema, kolom, waarde);
    }

    private Tabelschema schema(String tabel) {
        Tabelschema schema = schemas.get(tabel);
        return schema != null ? schema : schemas.computeIfAbsent(tabel, naam -> Tabelschema.lees(client, naam));
    }

    private Werkset werkset() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("het leesmodel wordt alleen in een unit of work van een event handler gebruikt");
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Werkset werkset = root.getResource(WERKSET);
        return werkset != null ? werkset : root.getOrComputeResource(WERKSET, sleutel -> {
            Werkset nieuw = Werkset.voorEenUnitOfWork(jdbc);
            root.onPrepareCommit(uow -> nieuw.schrijfWeg());
            return nieuw;
        });
    }

    /**
     * Runs a herbouw's batches on one werkset that outlives them: the tables were just emptied, so a partition not seen
     * before is empty and needs no query, and the most recently used partitions stay in memory.
     */
    public Herbouw herbouw(int capaciteit) {
        return new Herbouw(Werkset.voorHerbouw(jdbc, capaciteit));
    }

    /**
     * A herbouw's werkset. {@link #neemDeel} makes a batch's unit of work use it; when that unit of work commits, its
     * changes are collected, and {@link #wijzigingen} hands them out to be written, possibly on another thread while
     * the next batch runs.
     */
    public static final class Herbouw {

        private final Werkset werkset;
        private Runnable verzameld = () -> {
        };

        private Herbouw(Werkset werkset) {
            this.werkset = werkset;
        }

        /** For the root unit of work of one batch of the herbouw: its handlers use this werkset. */
        public void neemDeel(UnitOfWork<?> batch) {
            batch.resources().put(WERKSET, werkset);
            batch.onPrepareCommit(uow -> verzameld = werkset.verzamel());
        }

        /**
         * Writes the last committed batch's changes when run, in the caller's transaction. Afterwards, call
         * {@link #zetUit} once those of the batch before have been written.
         */
        public Runnable wijzigingen() {
            Runnable wijzigingen = verzameld;
            verzameld = () -> {
            };
            return wijzigingen;
        }

        /** Keeps memory bounded: every batch before the last must have been written. */
        public void zetUit() {
            werkset.zetUitBovenCapaciteit();
        }

        public int partities() {
            return werkset.omvang();
        }
    }
}
