package nl.veiligthuis.keten.platform.leesmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private Map<List<Object>, Rij> opgeslagen;
    private final Map<List<Object>, Rij> rijen;

    Partitie(Tabelschema schema, String kolom, Object waarde, Collection<Rij> opgeslagen) {
        this.schema = schema;
        this.kolom = kolom;
        this.waarde = schema.normaliseer(Rij.leeg().met(kolom, waarde)).waarde(kolom);
        this.rijen = new LinkedHashMap<>();
        opgeslagen.forEach(rij -> rijen.put(schema.sleutelVan(rij), rij));
        this.opgeslagen = new HashMap<>(rijen);
    }

    public List<Rij> rijen() {
        return List.copyOf(rijen.values());
    }

    public List<Rij> rijen(Predicate<Rij> waar) {
        return rijen.values().stream().filter(waar).toList();
    }

    public boolean isLeeg() {
        return rijen.isEmpty();
    }

    /** By the table's whole primary key, in its order. */
    public Optional<Rij> vind(Object... sleutel) {
        return Optional.ofNullable(rijen.get(schema.sleutel(sleutel)));
    }

    /** Like {@code INSERT … ON CONFLICT DO NOTHING}: false when a row with that key is there. */
    public boolean voegToe(Rij rij) {
        Rij nieuw = eigen(rij);
        return rijen.putIfAbsent(schema.sleutelVan(nieuw), nieuw) == null;
    }

    /** Like {@code INSERT … ON CONFLICT DO UPDATE}: the row as given, whatever was there. */
    public void schrijf(Rij rij) {
        Rij nieuw = eigen(rij);
        rijen.put(schema.sleutelVan(nieuw), nieuw);
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
        List<List<Object>> sleutels = rijen.entrySet().stream().filter(rij -> waar.test(rij.getValue()))
                .map(Map.Entry::getKey).toList();
        sleutels.forEach(sleutel -> vervang(sleutel, wijziging.apply(rijen.get(sleutel))));
        return sleutels.size();
    }

    public boolean verwijder(Object... sleutel) {
        return rijen.remove(schema.sleutel(sleutel)) != null;
    }

    public int verwijderAlle(Predicate<Rij> waar) {
        int voor = rijen.size();
        rijen.values().removeIf(waar);
        return voor - rijen.size();
    }

    private void vervang(List<Object> sleutel, Rij rij) {
        Rij nieuw = eigen(rij);
        if (!schema.sleutelVan(nieuw).equals(sleutel)) {
            throw new IllegalArgumentException("een wijziging in " + schema.naam() + " mag de sleutel niet veranderen");
        }
        rijen.put(sleutel, nieuw);
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
        return !rijen.equals(opgeslagen);
    }

    /** Keys that the database holds and this partition no longer does. */
    List<List<Object>> verwijderd() {
        List<List<Object>> weg = new ArrayList<>();
        opgeslagen.keySet().forEach(sleutel -> {
            if (!rijen.containsKey(sleutel)) {
                weg.add(sleutel);
            }
        });
        return weg;
    }

    /** Rows that are new or differ from what the database holds. */
    List<Rij> geschreven() {
        List<Rij> nieuw = new ArrayList<>();
        rijen.forEach((sleutel, rij) -> {
            if (!rij.equals(opgeslagen.get(sleutel))) {
                nieuw.add(rij);
            }
        });
        return nieuw;
    }

    /** After the changes were written: the database holds what this partition holds. */
    void opgeslagen() {
        opgeslagen = new HashMap<>(rijen);
    }

    int omvang() {
        return rijen.size();
    }
}
