package nl.veiligthuis.keten.platform.leesmodel;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A read-model table as PostgreSQL's catalog describes it: its columns in order, their kinds, its primary key. */
final class Tabelschema {

    enum Soort { TEKST, GEHEEL, LANG, BOOLEAANS, MOMENT, DATUM, JSON }

    private final String naam;
    private final Map<String, Soort> kolommen;
    private final List<String> kolomnamen;
    /** PostgreSQL's type name per column, in column order, for COPY's binary format. */
    private final List<String> typen;
    private final Map<String, Integer> positie = new java.util.HashMap<>();
    private final List<String> sleutel;
    private final String insert;
    private final String delete;
    private final String copy;

    private Tabelschema(String naam, Map<String, Soort> kolommen, List<String> typen, List<String> sleutel) {
        this.naam = naam;
        this.typen = typen;
        this.kolommen = kolommen;
        this.kolomnamen = List.copyOf(kolommen.keySet());
        for (int i = 0; i < kolomnamen.size(); i++) {
            positie.put(kolomnamen.get(i), i);
        }
        this.sleutel = sleutel;
        List<String> overig = kolommen.keySet().stream().filter(kolom -> !sleutel.contains(kolom)).toList();
        this.insert = "INSERT INTO " + naam + " (" + String.join(", ", kolommen.keySet()) + ") VALUES ("
                + kolommen.values().stream().map(soort -> soort == Soort.JSON ? "CAST(? AS json)" : "?")
                .collect(Collectors.joining(", "))
                + ") ON CONFLICT (" + String.join(", ", sleutel) + ") "
                + (overig.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + overig.stream()
                .map(kolom -> kolom + " = EXCLUDED." + kolom).collect(Collectors.joining(", ")));
        this.copy = "COPY " + naam + " (" + String.join(", ", kolommen.keySet()) + ") FROM STDIN (FORMAT binary)";
        this.delete = "DELETE FROM " + naam + " WHERE " + sleutel.stream().map(kolom -> kolom + " = ?")
                .collect(Collectors.joining(" AND "));
    }

    static Tabelschema lees(JdbcClient jdbc, String naam) {
        Map<String, Soort> kolommen = new LinkedHashMap<>();
        Map<String, String> typen = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.attname AS kolom, t.typname AS type FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                        WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")
                .param(naam)
                .query((ResultSet rs) -> {
                    kolommen.put(rs.getString("kolom"), soort(naam, rs.getString("kolom"), rs.getString("type")));
                    typen.put(rs.getString("kolom"), rs.getString("type"));
                });
        List<String> sleutel = jdbc.sql("""
                        SELECT a.attname FROM pg_index i
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                        WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary
                        ORDER BY array_position(CAST(i.indkey AS smallint[]), a.attnum)""")
                .param(naam)
                .query(String.class)
                .list();
        if (kolommen.isEmpty() || sleutel.isEmpty()) {
            throw new IllegalStateException("tabel " + naam + " bestaat niet of heeft geen primaire sleutel");
        }
        return new Tabelschema(naam, Collections.unmodifiableMap(kolommen), List.copyOf(typen.values()),
                List.copyOf(sleutel));
    }

    private static Soort soort(String tabel, String kolom, String type) {
        return switch (type) {
            case "varchar", "text", "bpchar" -> Soort.TEKST;
            case "int2", "int4" -> Soort.GEHEEL;
            case "int8" -> Soort.LANG;
            case "bool" -> Soort.BOOLEAANS;
            case "timestamptz" -> Soort.MOMENT;
            case "date" -> Soort.DATUM;
            case "json", "jsonb" -> Soort.JSON;
            default -> throw new IllegalStateException(
                    "kolom " + tabel + "." + kolom + " heeft type " + type + ", dat het leesmodel niet kent");
        };
    }

    String naam() {
        return naam;
    }

    List<String> sleutel() {
        return sleutel;
    }

    boolean heeftKolom(String kolom) {
        return kolommen.containsKey(kolom);
    }

    /** The row with each value in the form of its column (a long into an INTEGER column becomes an Integer). */
    Rij normaliseer(Rij rij) {
        Object[] anders = null;
        for (int i = 0; i < rij.aantal(); i++) {
            String kolom = rij.kolom(i);
            Soort soort = kolommen.get(kolom);
            if (soort == null) {
                throw new IllegalArgumentException("tabel " + naam + " heeft geen kolom " + kolom);
            }
            Object waarde = waarde(soort, rij.waarde(i), kolom);
            if (anders == null && !waarde.equals(rij.waarde(i))) {
                anders = new Object[rij.aantal()];
                for (int j = 0; j < i; j++) {
                    anders[j] = rij.waarde(j);
                }
            }
            if (anders != null) {
                anders[i] = waarde;
            }
        }
        // most rows are already in form: they stay as they are
        return anders == null ? rij : rij.metWaarden(anders);
    }

    List<Object> sleutelVan(Rij rij) {
        List<Object> waarden = new ArrayList<>(sleutel.size());
        for (String kolom : sleutel) {
            Object waarde = rij.waarde(kolom);
            if (waarde == null) {
                throw new IllegalArgumentException("rij van " + naam + " zonder sleutelkolom " + kolom);
            }
            waarden.add(waarde);
        }
        return waarden;
    }

    List<Object> sleutel(Object... waarden) {
        if (waarden.length != sleutel.size()) {
            throw new IllegalArgumentException("sleutel van " + naam + " is " + sleutel + ", niet " + waarden.length
                    + " waarde(n)");
        }
        List<Object> genormaliseerd = new ArrayList<>(waarden.length);
        for (int i = 0; i < waarden.length; i++) {
            String kolom = sleutel.get(i);
            genormaliseerd.add(waarde(kolommen.get(kolom), Rij.vorm(waarden[i]), kolom));
        }
        return genormaliseerd;
    }

    private Object waarde(Soort soort, Object waarde, String kolom) {
        if (waarde == null) {
            return null;
        }
        try {
            return switch (soort) {
                case GEHEEL -> ((Number) waarde).intValue();
                case LANG -> ((Number) waarde).longValue();
                case TEKST, JSON -> (String) waarde;
                case BOOLEAANS -> (Boolean) waarde;
                case MOMENT -> ((Instant) waarde).getNano() % 1_000 == 0 ? waarde
                        : ((Instant) waarde).truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
                case DATUM -> (LocalDate) waarde;
            };
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("kolom " + naam + "." + kolom + " (" + soort + ") krijgt een "
                    + waarde.getClass().getSimpleName());
        }
    }

    Rij lees(ResultSet rs) throws SQLException {
        Object[] waarden = new Object[kolomnamen.size()];
        int i = 0;
        for (Map.Entry<String, Soort> kolom : kolommen.entrySet()) {
            String naam = kolom.getKey();
            waarden[i++] = switch (kolom.getValue()) {
                case TEKST, JSON -> rs.getString(naam);
                case GEHEEL -> rs.getObject(naam, Integer.class);
                case LANG -> rs.getObject(naam, Long.class);
                case BOOLEAANS -> rs.getObject(naam, Boolean.class);
                case MOMENT -> {
                    OffsetDateTime moment = rs.getObject(naam, OffsetDateTime.class);
                    yield moment == null ? null : moment.toInstant();
                }
                case DATUM -> rs.getObject(naam, LocalDate.class);
            };
        }
        return Rij.uit(kolomnamen, waarden);
    }

    String insert() {
        return insert;
    }

    String delete() {
        return delete;
    }

    String copy() {
        return copy;
    }

    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long MICROS_TOT_2000 = 946_684_800_000_000L;
    private static final long DAGEN_TOT_2000 = 10_957L;

    /**
     * The start of COPY's binary format. Binary rather than text: PostgreSQL parsed every timestamp from text, and
     * formatting them took the writer a tenth of a replay.
     */
    static void copyKop(CopyBuffer uit) {
        uit.put(KOP);
        uit.putInt(0);
        uit.putInt(0);
    }

    static void copyEinde(CopyBuffer uit) {
        uit.putShort(-1);
    }

    /** The row as one tuple of COPY's binary format, its columns in table order. */
    void copyRij(CopyBuffer uit, Rij rij) {
        Object[] opVolgorde = new Object[kolomnamen.size()];
        for (int i = 0; i < rij.aantal(); i++) {
            opVolgorde[positie.get(rij.kolom(i))] = rij.waarde(i);
        }
        uit.putShort(opVolgorde.length);
        for (int i = 0; i < opVolgorde.length; i++) {
            Object waarde = opVolgorde[i];
            if (waarde == null) {
                uit.putInt(-1);
                continue;
            }
            switch (typen.get(i)) {
                case "int2" -> {
                    uit.putInt(2);
                    uit.putShort(((Number) waarde).intValue());
                }
                case "int4" -> {
                    uit.putInt(4);
                    uit.putInt(((Number) waarde).intValue());
                }
                case "int8" -> {
                    uit.putInt(8);
                    uit.putLong(((Number) waarde).longValue());
                }
                case "bool" -> {
                    uit.putInt(1);
                    uit.putByte((Boolean) waarde ? 1 : 0);
                }
                case "timestamptz" -> {
                    Instant moment = (Instant) waarde;
                    uit.putInt(8);
                    uit.putLong(moment.getEpochSecond() * 1_000_000L + moment.getNano() / 1_000 - MICROS_TOT_2000);
                }
                case "date" -> {
                    uit.putInt(4);
                    uit.putInt((int) (((LocalDate) waarde).toEpochDay() - DAGEN_TOT_2000));
                }
                case "jsonb" -> {
                    byte[] tekst = ((String) waarde).getBytes(StandardCharsets.UTF_8);
                    uit.putInt(tekst.length + 1);
                    uit.putByte(1);
                    uit.put(tekst);
                }
                default -> {
                    // varchar, text, bpchar and json take their text as UTF-8
                    byte[] tekst = ((String) waarde).getBytes(StandardCharsets.UTF_8);
                    uit.putInt(tekst.length);
                    uit.put(tekst);
                }
            }
        }
    }

    void zetInsert(PreparedStatement statement, Rij rij) throws SQLException {
        int i = 1;
        for (Map.Entry<String, Soort> kolom : kolommen.entrySet()) {
            zet(statement, i++, kolom.getValue(), rij.waarde(kolom.getKey()));
        }
    }

    void zetSleutel(PreparedStatement statement, List<Object> waarden) throws SQLException {
        for (int i = 0; i < sleutel.size(); i++) {
            zet(statement, i + 1, kolommen.get(sleutel.get(i)), waarden.get(i));
        }
    }

    private static void zet(PreparedStatement statement, int index, Soort soort, Object waarde) throws SQLException {
        switch (soort) {
            case TEKST, JSON -> statement.setString(index, (String) waarde);
            case GEHEEL -> statement.setObject(index, waarde, java.sql.Types.INTEGER);
            case LANG -> statement.setObject(index, waarde, java.sql.Types.BIGINT);
            case BOOLEAANS -> statement.setObject(index, waarde, java.sql.Types.BOOLEAN);
            case MOMENT -> statement.setObject(index,
                    waarde == null ? null : ((Instant) waarde).atOffset(ZoneOffset.UTC),
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            case DATUM -> statement.setObject(index, waarde, java.sql.Types.DATE);
        }
    }
}
