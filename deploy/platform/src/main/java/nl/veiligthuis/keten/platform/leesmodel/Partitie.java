package nl.veiligthuis.keten.platform.leesmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rows of one table that share the value of its partition column (e.g. all rows of one zaak), as a handler sees
 * and changes them. The changes reach the database when the unit of work commits. Each method mirrors one kind of
 * SQL statement a projection used to send: insert unless present, upsert, update and delete by key or by condition.
 */
public final class Partitie {

    private final Tabelschema schema;
    private final String kolom;
    private final Object waarde;
    /** As the database holds them (as loaded, or as last written), by primary key. */
    private final Map<List<Object>, Rij> opgeslagen;
    private final Map<List<Object>, Rij> rijen;
    /** Keys changed since the last write; only their rows can differ from what the database holds. */
    private final Set<List<Object>> aangeraakt = new HashSet<>();
    /** {@link #rijen()} until the next change. */
    private List<Rij> alle;
    /** The werkset's batch in which a handler last asked for this partition. */
    int gebruiktIn;

    Partitie(Tabelschema schema, String kolom, Object waarde, Collection<Rij> opgeslagen) {
        this.schema = schema;
        this.kolom = kolom;
        this.waarde = schema.normaliseer(Rij.leeg().met(kolom, waarde)).waarde(kolom);
        this.rijen = new LinkedHashMap<>();
        opgeslagen.forEach(rij -> rijen.put(schema.sleutelVan(rij), rij));
        this.opgeslagen = new HashMap<>(rijen);
    }

    public List<Rij> rijen() {
        if (alle == null) {
            alle = List.copyOf(rijen.values());
        }
        return alle;
    }

    public List<Rij> rijen(Predicate<Rij> waar) {
        List<Rij> gevonden = new ArrayList<>();
        for (Rij rij : rijen.values()) {
            if (waar.test(rij)) {
                gevonden.add(rij);
            }
        }
        return gevonden;
    }

    /** By the table's whole primary key, in its order. */
    public Optional<Rij> vind(Object... sleutel) {
        return Optional.ofNullable(rijen.get(schema.sleutel(sleutel)));
    }

    /** Like {@code INSERT … ON CONFLICT DO NOTHING}: false when a row with that key is there. */
    public boolean voegToe(Rij rij) {
        Rij nieuw = eigen(rij);
        List<Object> sleutel = schema.sleutelVan(nieuw);
        if (rijen.putIfAbsent(sleutel, nieuw) != null) {
            return false;
        }
        alle = null;
        aangeraakt.add(sleutel);
        return true;
    }

    /** Like {@code INSERT … ON CONFLICT DO UPDATE}: the row as given, whatever was there. */
    public void schrijf(Rij rij) {
        Rij nieuw = eigen(rij);
        List<Object> sleutel = schema.sleutelVan(nieuw);
        rijen.put(sleutel, nieuw);
        alle = null;
        aangeraakt.add(sleutel);
    }

    /** Like {@code UPDATE … WHERE key = …}: false when there is no such row. */
    public boolean wijzig(UnaryOperator<Rij> wijziging, Object... sleutel) {
        List<Object> sleutelwaarden = schema.sleutel(sleutel);
        Rij huidig = rijen.get(sleutelwaarden);
        if (huidig == null) {
            return false;
        }
        vervang(sleutelwaarden, wijziging.apply(huidig));
        return true;
    }

    /** Like {@code UPDATE … WHERE condition}: the number of rows changed. */
    public int wijzigAlle(Predicate<Rij> waar, UnaryOperator<Rij> wijziging) {
        List<List<Object>> sleutels = sleutels(waar);
        sleutels.forEach(sleutel -> vervang(sleutel, wijziging.apply(rijen.get(sleutel))));
        return sleutels.size();
    }

    public boolean verwijder(Object... sleutel) {
        List<Object> sleutelwaarden = schema.sleutel(sleutel);
        if (rijen.remove(sleutelwaarden) == null) {
            return false;
        }
        alle = null;
        aangeraakt.add(sleutelwaarden);
        return true;
    }

    public int verwijderAlle(Predicate<Rij> waar) {
        List<List<Object>> weg = sleutels(waar);
        weg.forEach(rijen::remove);
        aangeraakt.addAll(weg);
        alle = null;
        return weg.size();
    }

    private List<List<Object>> sleutels(Predicate<Rij> waar) {
        List<List<Object>> sleutels = new ArrayList<>();
        rijen.forEach((sleutel, rij) -> {
            if (waar.test(rij)) {
                sleutels.add(sleutel);
            }
        });
        return sleutels;
    }

    private void vervang(List<Object> sleutel, Rij rij) {
        Rij nieuw = eigen(rij);
        if (!schema.sleutelVan(nieuw).equals(sleutel)) {
            throw new IllegalArgumentException("een wijziging in " + schema.naam() + " mag de sleutel niet veranderen");
        }
        rijen.put(sleutel, nieuw);
        alle = null;
        aangeraakt.add(sleutel);
    }

    private Rij eigen(Rij rij) {
        Rij genormaliseerd = schema.normaliseer(rij.heeft(kolom) ? rij : rij.met(kolom, waarde));
        if (!waarde.equals(genormaliseerd.waarde(kolom))) {
            throw new IllegalArgumentException("rij hoort niet in partitie " + schema.naam() + "." + kolom);
        }
        return genormaliseerd;
    }

    Tabelschema schema() {
        return schema;
    }

    boolean isGewijzigd() {
        return !aangeraakt.isEmpty();
    }

    /**
     * Hands out what changed since the last write, in one pass: keys the database holds and this partition no longer
     * does, rows that differ from the database's, and rows it does not hold at all. Afterwards they count as written.
     */
    void neemWijzigingen(List<List<Object>> verwijderd, List<Rij> gewijzigd, List<Rij> nieuw) {
        for (List<Object> sleutel : aangeraakt) {
            Rij rij = rijen.get(sleutel);
            Rij oud = rij == null ? opgeslagen.remove(sleutel) : opgeslagen.put(sleutel, rij);
            if (rij == null) {
                if (oud != null) {
                    verwijderd.add(sleutel);
                }
            } else if (oud == null) {
                nieuw.add(rij);
            } else if (!rij.equals(oud)) {
                gewijzigd.add(rij);
            }
        }
        aangeraakt.clear();
    }
}
