package nl.veiligthuis.keten.platform.leesmodel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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
    private final Set<String> uitgezet;
    private final LinkedHashMap<String, Partitie> partities;
    /** Touched since the last write; only these can have changed. */
    private final Set<Partitie> aangeraakt = new java.util.LinkedHashSet<>();

    private Werkset(JdbcTemplate jdbc, int capaciteit, Set<String> uitgezet) {
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
        String sleutel = schema.naam() + '\u0000' + kolom + '\u0000' + waarde;
        Partitie partitie = partities.get(sleutel);
        if (partitie == null) {
            List<Rij> opgeslagen = uitgezet != null && !uitgezet.remove(sleutel) ? List.of()
                    : jdbc.query("SELECT * FROM " + schema.naam() + " WHERE " + kolom + " = ?",
                    (rs, rij) -> schema.lees(rs), waarde);
            partitie = new Partitie(schema, kolom, waarde, opgeslagen);
            partities.put(sleutel, partitie);
        }
        aangeraakt.add(partitie);
        return partitie;
    }

    /** Writes every change since the last write, a batch of deletes and one of upserts per table. */
    void schrijfWeg() {
        Map<Tabelschema, List<List<Object>>> verwijderd = new LinkedHashMap<>();
        Map<Tabelschema, List<Rij>> geschreven = new LinkedHashMap<>();
        List<Partitie> gewijzigd = new ArrayList<>();
        for (Partitie partitie : aangeraakt) {
            if (partitie.isGewijzigd()) {
                gewijzigd.add(partitie);
                List<List<Object>> weg = partitie.verwijderd();
                if (!weg.isEmpty()) {
                    verwijderd.computeIfAbsent(partitie.schema(), schema -> new ArrayList<>()).addAll(weg);
                }
                List<Rij> nieuw = partitie.geschreven();
                if (!nieuw.isEmpty()) {
                    geschreven.computeIfAbsent(partitie.schema(), schema -> new ArrayList<>()).addAll(nieuw);
                }
            }
        }
        verwijderd.forEach((schema, sleutels) -> batch(schema.delete(), sleutels, schema::zetSleutel));
        geschreven.forEach((schema, rijen) -> batch(schema.insert(), rijen, schema::zetInsert));
        gewijzigd.forEach(Partitie::opgeslagen);
        aangeraakt.clear();
        if (uitgezet != null) {
            zetUitBovenCapaciteit();
        }
    }

    private void zetUitBovenCapaciteit() {
        Iterator<Map.Entry<String, Partitie>> oudste = partities.entrySet().iterator();
        while (partities.size() > capaciteit && oudste.hasNext()) {
            uitgezet.add(oudste.next().getKey());
            oudste.remove();
        }
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
