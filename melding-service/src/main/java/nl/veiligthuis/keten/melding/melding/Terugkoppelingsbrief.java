package nl.veiligthuis.keten.melding.melding;

import java.util.List;

/**
 * R6: the content of a terugkoppeling. It says what was done with the melding and who is involved in the follow-up,
 * and nothing else: it is built from codes, the VT region and the wijkteam's gemeente only, so the omschrijving,
 * names, geweldsvormen or the triage reasoning cannot end up in it.
 */
public final class Terugkoppelingsbrief {

    private static final String VEILIG_THUIS = "Veilig Thuis";
    /** Where the closing lines begin: a contact person is named before them. */
    public static final String SLOT = "\n\nOver de inhoud van de situatie ";

    private Terugkoppelingsbrief() {
    }

    /**
     * The organisations in the follow-up route. Only a professional (Meldcode) or police melder hears them; a
     * citizen hears whether a route started. After a handover after onderzoek VT stays involved (monitoring, R14).
     */
    static List<String> partners(MelderType melder, Moment moment, Vervolgroute route, String regio,
                                 String gemeente) {
        if (!melder.hoortWieBetrokkenIs()) {
            return List.of();
        }
        String veiligThuis = regio == null ? VEILIG_THUIS : regio;
        return switch (route) {
            case DIRECTE_VEILIGHEIDSACTIE, ONDERZOEK_DOOR_VEILIG_THUIS, INTERVENTIE_DOOR_VEILIG_THUIS ->
                    List.of(veiligThuis);
            case OVERGEDRAGEN_AAN_WIJKTEAM -> moment == Moment.NA_ONDERZOEK
                    ? List.of("Wijkteam " + gemeente, veiligThuis)
                    : List.of("Wijkteam " + gemeente);
            case GEEN_VERVOLG_DOOR_VEILIG_THUIS -> List.of();
        };
    }

    static String tekst(MelderType melder, Moment moment, Vervolgroute route, List<String> partners,
                        String regio) {
        var brief = new StringBuilder("Geachte melder,\n\n");
        brief.append(switch (moment) {
            case NA_TRIAGE -> "Veilig Thuis heeft uw melding beoordeeld. ";
            case NA_ONDERZOEK -> "Veilig Thuis heeft het onderzoek naar aanleiding van uw melding afgerond. ";
        });
        if (melder == MelderType.BURGER) {
            brief.append(route.gestart() ? "Er is een vervolg in gang gezet." : "Er volgt geen verdere actie van Veilig Thuis.");
        } else {
            brief.append(switch (route) {
                case DIRECTE_VEILIGHEIDSACTIE -> "Er is direct actie ondernomen om de veiligheid te herstellen.";
                case ONDERZOEK_DOOR_VEILIG_THUIS -> "Veilig Thuis doet onderzoek.";
                case INTERVENTIE_DOOR_VEILIG_THUIS -> "Veilig Thuis zet zelf hulp in gang.";
                case OVERGEDRAGEN_AAN_WIJKTEAM -> "De verdere hulp is overgedragen aan het wijkteam.";
                case GEEN_VERVOLG_DOOR_VEILIG_THUIS -> "Er volgt geen verdere actie van Veilig Thuis.";
            });
            if (!partners.isEmpty()) {
                brief.append(" Betrokken bij het vervolg: ").append(String.join(", ", partners)).append('.');
            }
        }
        brief.append(SLOT).append("kunnen wij u geen informatie geven. ")
                .append("Dank voor uw melding.\n\nMet vriendelijke groet,\n")
                .append(regio == null ? VEILIG_THUIS : regio);
        return brief.toString();
    }
}
