package nl.veiligthuis.keten.triage.overdracht;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person the melding names for the gezin, by melding-service's pseudonymous persoonId and the role the melding gave
 * (OUDER, KIND, PARTNER, EX_PARTNER, OVERIG). The handover names them, so the wijkteam's zaak knows every child from
 * the start (R11, issue 14 point 1). No name, no date of birth: those stay in melding-service (D4).
 */
public record GenoemdGezinslid(String persoonId, String rol) {

    private static final String KIND = "KIND";

    /**
     * Each person once, in the order named; a person named a child is a child. Events and commands from before the
     * melding's persons were kept read an absent list as empty.
     */
    public static List<GenoemdGezinslid> lijst(List<GenoemdGezinslid> leden) {
        if (leden == null) {
            return List.of();
        }
        Map<String, GenoemdGezinslid> perPersoon = new LinkedHashMap<>();
        leden.forEach(lid -> perPersoon.merge(lid.persoonId(), lid,
                (eerder, later) -> KIND.equals(later.rol()) ? later : eerder));
        return List.copyOf(perPersoon.values());
    }
}
