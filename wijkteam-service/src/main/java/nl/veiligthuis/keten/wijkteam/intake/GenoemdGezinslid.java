package nl.veiligthuis.keten.wijkteam.intake;

import java.util.List;

/**
 * R11, issue 14 point 1: a person Veilig Thuis' melding and handover name for the gezin, by the pseudonymous persoonId
 * of melding-service and the role the melding gave. The zaak knows them from the start, so no child is forgotten
 * because the team registered only whom it met.
 */
public record GenoemdGezinslid(String persoonId, GezinslidRol rol) {

    /** Events and commands from before VT named anyone read an absent list as empty. */
    public static List<GenoemdGezinslid> lijst(List<GenoemdGezinslid> leden) {
        return leden == null ? List.of() : List.copyOf(leden);
    }
}
