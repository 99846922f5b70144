package nl.veiligthuis.keten.platform.leesmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a read-model table, column name to value, immutable: {@link #met} gives a changed copy. Values are held
 * in one form per kind (text, Integer, Long, Boolean, Instant, LocalDate; an enum as its name), so a row read from the
 * database equals the same row built by a handler. An empty column is absent.
 *
 * <p>Held as two short arrays rather than a map: a replay builds and copies rows for every event, and a row has a few
 * dozen columns at most.
 */
public final class Rij {

    private static final Rij LEEG = new Rij(new String[0], new Object[0]);

    private final String[] kolommen;
    private final Object[] waarden;

    private Rij(String[] kolommen, Object[] waarden) {
        this.kolommen = kolommen;
        this.waarden = waarden;
    }

    public static Rij leeg() {
        return LEEG;
    }

    /** A copy with the column set; null clears it. */
    public Rij met(String kolom, Object waarde) {
        Object vorm = vorm(waarde);
        int plek = plek(kolom);
        if (vorm == null) {
            if (plek < 0) {
                return this;
            }
            String[] minderKolommen = new String[kolommen.length - 1];
            Object[] minderWaarden = new Object[waarden.length - 1];
            System.arraycopy(kolommen, 0, minderKolommen, 0, plek);
            System.arraycopy(kolommen, plek + 1, minderKolommen, plek, kolommen.length - plek - 1);
            System.arraycopy(waarden, 0, minderWaarden, 0, plek);
            System.arraycopy(waarden, plek + 1, minderWaarden, plek, waarden.length - plek - 1);
            return new Rij(minderKolommen, minderWaarden);
        }
        if (plek >= 0) {
            Object[] andereWaarden = waarden.clone();
            andereWaarden[plek] = vorm;
            return new Rij(kolommen, andereWaarden);
        }
        String[] meerKolommen = Arrays.copyOf(kolommen, kolommen.length + 1);
        Object[] meerWaarden = Arrays.copyOf(waarden, waarden.length + 1);
        meerKolommen[kolommen.length] = kolom;
        meerWaarden[waarden.length] = vorm;
        return new Rij(meerKolommen, meerWaarden);
    }

    private int plek(String kolom) {
        for (int i = 0; i < kolommen.length; i++) {
            if (kolommen[i] == kolom || kolommen[i].equals(kolom)) {
                return i;
            }
        }
        return -1;
    }

    public Object waarde(String kolom) {
        int plek = plek(kolom);
        return plek < 0 ? null : waarden[plek];
    }

    public boolean heeft(String kolom) {
        return plek(kolom) >= 0;
    }

    public String tekst(String kolom) {
        Object waarde = waarde(kolom);
        return waarde == null ? null : waarde.toString();
    }

    public Instant moment(String kolom) {
        return (Instant) waarde(kolom);
    }

    public LocalDate datum(String kolom) {
        return (LocalDate) waarde(kolom);
    }

    public Integer geheel(String kolom) {
        Object waarde = waarde(kolom);
        return waarde == null ? null : ((Number) waarde).intValue();
    }

    public Long lang(String kolom) {
        Object waarde = waarde(kolom);
        return waarde == null ? null : ((Number) waarde).longValue();
    }

    /** False also when the column is empty. */
    public boolean waar(String kolom) {
        return Boolean.TRUE.equals(waarde(kolom));
    }

    public <E extends Enum<E>> E soort(String kolom, Class<E> type) {
        String naam = tekst(kolom);
        return naam == null ? null : Enum.valueOf(type, naam);
    }

    int aantal() {
        return kolommen.length;
    }

    String kolom(int i) {
        return kolommen[i];
    }

    Object waarde(int i) {
        return waarden[i];
    }

    /** The same columns, with the value at each place replaced (same length and order). */
    Rij metWaarden(Object[] anders) {
        return new Rij(kolommen, anders);
    }

    /** From columns and values as read; empty values are left out. */
    static Rij uit(List<String> kolommen, Object[] waarden) {
        Rij rij = LEEG;
        for (int i = 0; i < waarden.length; i++) {
            if (waarden[i] != null) {
                rij = rij.met(kolommen.get(i), waarden[i]);
            }
        }
        return rij;
    }

    /** The one form each kind of value is held in. */
    static Object vorm(Object waarde) {
        if (waarde == null || waarde instanceof String || waarde instanceof Instant || waarde instanceof Integer
                || waarde instanceof Long || waarde instanceof Boolean) {
            return waarde;
        }
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

    /** Equal when they hold the same columns with equal values, in whatever order. */
    @Override
    public boolean equals(Object ander) {
        if (this == ander) {
            return true;
        }
        if (!(ander instanceof Rij rij) || rij.kolommen.length != kolommen.length) {
            return false;
        }
        for (int i = 0; i < kolommen.length; i++) {
            if (!waarden[i].equals(rij.waarde(kolommen[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < kolommen.length; i++) {
            hash += kolommen[i].hashCode() ^ waarden[i].hashCode();
        }
        return hash;
    }

    /** Column names only: the values are personal data and must not reach a log. */
    @Override
    public String toString() {
        return "Rij" + Arrays.toString(kolommen);
    }
}
