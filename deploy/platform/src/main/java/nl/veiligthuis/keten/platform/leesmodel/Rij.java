package nl.veiligthuis.keten.platform.leesmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a read-model table, column name to value, immutable: {@link #met} gives a changed copy. Values are held
 * in one form per kind (text, Integer, Long, Boolean, Instant, LocalDate; an enum as its name), so a row read from the
 * database equals the same row built by a handler.
 */
public final class Rij {

    private final Map<String, Object> waarden;

    private Rij(Map<String, Object> waarden) {
        this.waarden = waarden;
    }

    public static Rij leeg() {
        return new Rij(Map.of());
    }

    /** A copy with the column set; null clears it. */
    public Rij met(String kolom, Object waarde) {
        Map<String, Object> kopie = new LinkedHashMap<>(waarden);
        Object vorm = vorm(waarde);
        if (vorm == null) {
            kopie.remove(kolom);
        } else {
            kopie.put(kolom, vorm);
        }
        return new Rij(Collections.unmodifiableMap(kopie));
    }

    public Object waarde(String kolom) {
        return waarden.get(kolom);
    }

    public boolean heeft(String kolom) {
        return waarden.containsKey(kolom);
    }

    public String tekst(String kolom) {
        Object waarde = waarden.get(kolom);
        return waarde == null ? null : waarde.toString();
    }

    public Instant moment(String kolom) {
        return (Instant) waarden.get(kolom);
    }

    public LocalDate datum(String kolom) {
        return (LocalDate) waarden.get(kolom);
    }

    public Integer geheel(String kolom) {
        Object waarde = waarden.get(kolom);
        return waarde == null ? null : ((Number) waarde).intValue();
    }

    public Long lang(String kolom) {
        Object waarde = waarden.get(kolom);
        return waarde == null ? null : ((Number) waarde).longValue();
    }

    /** False also when the column is empty. */
    public boolean waar(String kolom) {
        return Boolean.TRUE.equals(waarden.get(kolom));
    }

    public Boolean booleaans(String kolom) {
        return (Boolean) waarden.get(kolom);
    }

    public <E extends Enum<E>> E soort(String kolom, Class<E> type) {
        String naam = tekst(kolom);
        return naam == null ? null : Enum.valueOf(type, naam);
    }

    Map<String, Object> waarden() {
        return waarden;
    }

    static Rij uit(Map<String, Object> waarden) {
        Map<String, Object> kopie = new LinkedHashMap<>();
        waarden.forEach((kolom, waarde) -> {
            Object vorm = vorm(waarde);
            if (vorm != null) {
                kopie.put(kolom, vorm);
            }
        });
        return new Rij(Collections.unmodifiableMap(kopie));
    }

    private static Object vorm(Object waarde) {
        if (waarde instanceof Enum<?> e) {
            return e.name();
        }
        if (waarde instanceof Timestamp t) {
            return t.toInstant();
        }
        if (waarde instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (waarde instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (waarde instanceof Short || waarde instanceof Byte) {
            return ((Number) waarde).intValue();
        }
        return waarde;
    }

    @Override
    public boolean equals(Object ander) {
        return ander instanceof Rij rij && waarden.equals(rij.waarden);
    }

    @Override
    public int hashCode() {
        return Objects.hash(waarden);
    }

    /** Column names only: the values are personal data and must not reach a log. */
    @Override
    public String toString() {
        return "Rij" + waarden.keySet();
    }
}
