package nl.veiligthuis.keten.melding.gezin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import nl.veiligthuis.keten.melding.melding.Gezinsherkenning;
import nl.veiligthuis.keten.melding.melding.Herkenning;
import nl.veiligthuis.keten.melding.melding.Herkenningsgrond;
import nl.veiligthuis.keten.melding.melding.MogelijkDuplicaat;
import nl.veiligthuis.keten.melding.melding.Persoonskenmerken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recognition against {@code gezinsregister}. A gezin is joined only when the medewerker names it or when BSNs point
 * to exactly one gezin; anything less certain becomes an offer to confirm, never a merge.
 */
@Component
class Gezinsregister implements Gezinsherkenning {

    private final JdbcClient jdbc;
    private final Herkenningskenmerken kenmerken;

    Gezinsregister(JdbcClient jdbc, Herkenningskenmerken kenmerken) {
        this.jdbc = jdbc;
        this.kenmerken = kenmerken;
    }

    @Override
    public boolean kent(String gezinId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM gezinsregister WHERE gezin_id = ?)")
                .param(gezinId).query(Boolean.class).single();
    }

    @Override
    public Herkenning herken(String gezinId, List<Persoonskenmerken> leden) {
        List<Gemeld> gemeld = leden.stream()
                .map(lid -> new Gemeld(kenmerken.bsn(lid.bsn()).orElse(null),
                        kenmerken.naamEnGeboortedatum(lid.voornaam(), lid.achternaam(), lid.geboortedatum())
                                .orElse(null)))
                .toList();
        if (gezinId != null) {
            return new Herkenning(gezinId, persoonIds(gezinId, gemeld), List.of());
        }
        Set<String> opBsn = gezinnen("bsn_hash", gemeld.stream().map(Gemeld::bsnHash).toList());
        if (opBsn.size() == 1) {
            String bekend = opBsn.iterator().next();
            return new Herkenning(bekend, persoonIds(bekend, gemeld), List.of());
        }
        Map<String, Herkenningsgrond> aanbod = new LinkedHashMap<>();
        opBsn.forEach(gezin -> aanbod.put(gezin, Herkenningsgrond.BSN));
        gezinnen("naam_hash", gemeld.stream().map(Gemeld::naamHash).toList())
                .forEach(gezin -> aanbod.putIfAbsent(gezin, Herkenningsgrond.NAAM_EN_GEBOORTEDATUM));
        List<String> nieuwePersonen = gemeld.stream().map(lid -> UUID.randomUUID().toString()).toList();
        return new Herkenning(UUID.randomUUID().toString(), nieuwePersonen,
                aanbod.entrySet().stream().map(e -> new MogelijkDuplicaat(e.getKey(), e.getValue())).toList());
    }

    private Set<String> gezinnen(String kolom, List<String> hashes) {
        List<String> gezocht = hashes.stream().filter(Objects::nonNull).distinct().toList();
        if (gezocht.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT gezin_id FROM gezinsregister WHERE " + kolom + " IN (:hashes)")
                .param("hashes", gezocht)
                .query(String.class).list());
    }

    /**
     * A member keeps the persoonId it has in the gezin it joins when its BSN is known there, or when its name and
     * date of birth are and no BSN says otherwise; everyone else is a new person.
     */
    private List<String> persoonIds(String gezinId, List<Gemeld> gemeld) {
        List<Bekend> bekend = bekendeLeden(gezinId);
        String[] ids = new String[gemeld.size()];
        Set<String> vergeven = new HashSet<>();
        for (int i = 0; i < gemeld.size(); i++) {
            Gemeld lid = gemeld.get(i);
            ids[i] = eerste(bekend, vergeven, b -> lid.bsnHash() != null && b.bsnHashes().contains(lid.bsnHash()));
        }
        for (int i = 0; i < gemeld.size(); i++) {
            Gemeld lid = gemeld.get(i);
            if (ids[i] == null) {
                ids[i] = eerste(bekend, vergeven, b -> lid.naamHash() != null && b.naamHashes().contains(lid.naamHash())
                        && (lid.bsnHash() == null || b.bsnHashes().isEmpty()));
            }
            if (ids[i] == null) {
                ids[i] = UUID.randomUUID().toString();
            }
        }
        return List.of(ids);
    }

    private static String eerste(List<Bekend> bekend, Set<String> vergeven, Predicate<Bekend> past) {
        Optional<String> gevonden = bekend.stream()
                .filter(b -> !vergeven.contains(b.persoonId()))
                .filter(past)
                .map(Bekend::persoonId)
                .findFirst();
        gevonden.ifPresent(vergeven::add);
        return gevonden.orElse(null);
    }

    private List<Bekend> bekendeLeden(String gezinId) {
        Map<String, Bekend> perPersoon = new LinkedHashMap<>();
        jdbc.sql("SELECT persoon_id, bsn_hash, naam_hash FROM gezinsregister WHERE gezin_id = ? ORDER BY persoon_id")
                .param(gezinId)
                .query(rs -> {
                    Bekend persoon = perPersoon.computeIfAbsent(rs.getString("persoon_id"),
                            id -> new Bekend(id, new HashSet<>(), new HashSet<>()));
                    if (rs.getString("bsn_hash") != null) {
                        persoon.bsnHashes().add(rs.getString("bsn_hash"));
                    }
                    if (rs.getString("naam_hash") != null) {
                        persoon.naamHashes().add(rs.getString("naam_hash"));
                    }
                });
        return new ArrayList<>(perPersoon.values());
    }

    private record Gemeld(String bsnHash, String naamHash) {
    }

    private record Bekend(String persoonId, Set<String> bsnHashes, Set<String> naamHashes) {
    }
}
