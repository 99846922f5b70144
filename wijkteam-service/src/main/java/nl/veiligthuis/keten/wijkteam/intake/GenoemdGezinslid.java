package nl.veiligthuis.keten.wijkteam.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R11, issue 14 point 1: a person Veilig Thuis' melding and handover name for the gezin, by the pseudonymous persoonId
 * of melding-service and the role the melding gave. The zaak knows them from the start, so no child is forgotten
 * because the team registered only whom it met.
 */
public record GenoemdGezinslid(String persoonId, GezinslidRol rol) {

    /**
     * Each person once, in the order named; a person named a child anywhere is a child. Events and commands from
     * before VT named anyone read an absent list as empty.
     */
    public static List<GenoemdGezinslid> lijst(List<GenoemdGezinslid> leden) {
        if (leden == null) {
            return List.of();
        }
        Map<String, GenoemdGezinslid> perPersoon = new LinkedHashMap<>();
        leden.forEach(lid -> perPersoon.merge(lid.persoonId(), lid,
                (eerder, later) -> later.rol() == GezinslidRol.KIND ? later : eerder));
        return List.copyOf(perPersoon.values());
    }
}
