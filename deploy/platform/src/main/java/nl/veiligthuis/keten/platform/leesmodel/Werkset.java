package nl.veiligthuis.keten.platform.leesmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partitions handlers have touched, with what the database holds of each. For a live unit of work it lives as long
 * as that unit of work; for a herbouw it lives across the whole replay and keeps the most recently used partitions, so
 * that a zaak's next event finds its rows without a query (nothing else writes the group's tables while the processor
 * is stopped).
 */
final class Werkset {

    private final JdbcTemplate jdbc;
    private final int capaciteit;
    /** Herbouw only: the tables were emptied, so a partition never seen and never put aside is empty. */
    private final Set<Plaats> uitgezet;
    private final LinkedHashMap<Plaats, Partitie> partities;
    /** Touched since the last write; only these can have changed. */
    private final Set<Partitie> aangeraakt = new java.util.LinkedHashSet<>();
    /** Counts the writes; a partition used in the last one is not put aside yet. */
    private int batch;

    private Werkset(JdbcTemplate jdbc, int capaciteit, Set<Plaats> uitgezet) {
        this.jdbc = jdbc;
        this.capaciteit = capaciteit;
        this.uitgezet = uitgezet;
        this.partities = new LinkedHashMap<>(64, 0.75f, true);
    }

    static Werkset voorEenUnitOfWork(JdbcTemplate jdbc) {
        return new Werkset(jdbc, Integer.MAX_VALUE, null);
    }

    static Werkset voorHerbouw(JdbcTemplate jdbc, int capaciteit) {
        return new Werkset(jdbc, capaciteit, new HashSet<>());
    }

    Partitie partitie(Tabelschema schema, String kolom, Object waarde) {
        Plaats sleutel = new Plaats(schema.naam(), kolom, waarde);
        Partitie partitie = partities.get(sleutel);
        if (partitie == null) {
            List<Rij> opgeslagen = uitgezet != null && !uitgezet.remove(sleutel) ? List.of()
                    : jdbc.query("SELECT * FROM " + schema.naam() + " WHERE " + kolom + " = ?",
                    (rs, rij) -> schema.lees(rs), waarde);
            partitie = new Partitie(schema, kolom, waarde, opgeslagen);
            partities.put(sleutel, partitie);
        }
        partitie.gebruiktIn = batch;
        aangeraakt.add(partitie);
        return partitie;
    }

    /** Writes every change since the last write, a batch of deletes and one of upserts per table. */
    void schrijfWeg() {
        verzamel().run();
    }

    /**
     * Takes every change since the last write, to be written by the returned task (in a transaction, on any thread):
     * the partitions count as written from now on. The rows are immutable, so the next batch may change the
     * partitions while the task writes.
     */
    Runnable verzamel() {
        Map<Tabelschema, List<List<Object>>> verwijderd = new LinkedHashMap<>();
        Map<Tabelschema, List<Rij>> geschreven = new LinkedHashMap<>();
        Map<Tabelschema, List<Rij>> nieuw = new LinkedHashMap<>();
        for (Partitie partitie : aangeraakt) {
            if (partitie.isGewijzigd()) {
                Tabelschema schema = partitie.schema();
                // a herbouw knows what the database holds, so its new rows need no conflict check: COPY them
                partitie.neemWijzigingen(verwijderd.computeIfAbsent(schema, tabel -> new ArrayList<>()),
                        geschreven.computeIfAbsent(schema, tabel -> new ArrayList<>()),
                        (uitgezet != null ? nieuw : geschreven).computeIfAbsent(schema, tabel -> new ArrayList<>()));
            }
        }
        aangeraakt.clear();
        batch++;
        return () -> {
            verwijderd.forEach((schema, sleutels) -> {
                if (!sleutels.isEmpty()) {
                    batch(schema.delete(), sleutels, schema::zetSleutel);
                }
            });
            geschreven.forEach((schema, rijen) -> {
                if (!rijen.isEmpty()) {
                    batch(schema.insert(), rijen, schema::zetInsert);
                }
            });
            nieuw.forEach((schema, rijen) -> {
                if (!rijen.isEmpty()) {
                    kopieer(schema, rijen);
                }
            });
        };
    }

    /**
     * Herbouw: puts aside the least recently used partitions above the capacity, but none touched in the last batch:
     * their changes may still be being written, and a partition put aside is read back from the database.
     */
    void zetUitBovenCapaciteit() {
        Iterator<Map.Entry<Plaats, Partitie>> oudste = partities.entrySet().iterator();
        while (partities.size() > capaciteit && oudste.hasNext()) {
            Map.Entry<Plaats, Partitie> partitie = oudste.next();
            if (partitie.getValue().gebruiktIn >= batch - 1) {
                return;
            }
            uitgezet.add(partitie.getKey());
            oudste.remove();
        }
    }

    private void kopieer(Tabelschema schema, List<Rij> rijen) {
        CopyBuffer uit = new CopyBuffer(rijen.size() * 160);
        Tabelschema.copyKop(uit);
        for (Rij rij : rijen) {
            schema.copyRij(uit, rij);
        }
        Tabelschema.copyEinde(uit);
        jdbc.execute((ConnectionCallback<Long>) verbinding -> {
            try {
                return verbinding.unwrap(PGConnection.class).getCopyAPI().copyIn(schema.copy(), uit.alsInvoer());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Which partition: table, partition column, value. */
    private record Plaats(String tabel, String kolom, Object waarde) {
    }

    private interface Zetter<T> {
        void zet(PreparedStatement statement, T waarde) throws SQLException;
    }

    private <T> void batch(String sql, List<T> waarden, Zetter<T> zetter) {
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                zetter.zet(statement, waarden.get(i));
            }

            @Override
            public int getBatchSize() {
                return waarden.size();
            }
        });
    }

    int omvang() {
        return partities.size();
    }
}
