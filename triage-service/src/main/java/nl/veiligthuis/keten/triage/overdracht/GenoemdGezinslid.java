package nl.veiligthuis.keten.triage.overdracht;

import java.util.List;

/**
 * A person the melding names for the gezin, by melding-service's pseudonymous persoonId and the role the melding gave
 * (OUDER, KIND, PARTNER, EX_PARTNER, OVERIG). The handover names them, so the wijkteam's zaak knows every child from
 * the start (R11, issue 14 point 1). No name, no date of birth: those stay in melding-service (D4).
 */
public record GenoemdGezinslid(String persoonId, String rol) {

    /** Events and commands from before the melding's persons were kept read an absent list as empty. */
    public static List<GenoemdGezinslid> lijst(List<GenoemdGezinslid> leden) {
        return leden == null ? List.of() : List.copyOf(leden);
    }
}
