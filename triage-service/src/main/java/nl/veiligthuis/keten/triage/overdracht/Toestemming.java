package nl.veiligthuis.keten.triage.overdracht;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * On what ground a handover shares the family's information with the wijkteam (R17): the family's consent, or without
 * it the safety reason that makes sharing necessary. A handover without one (a v1 client that did not say) is shared
 * on no recorded ground, which the inspection check for R17 reports.
 */
public record Toestemming(boolean gegeven, @Persoonsgegeven String redenZonderToestemming) {

    public static final String NIET_VASTGELEGD = "NIET_VASTGELEGD";

    /** GEGEVEN, ZONDER_TOESTEMMING_MET_REDEN or, for none, NIET_VASTGELEGD: the code the topic carries (no reason). */
    public static String code(Toestemming toestemming) {
        if (toestemming == null) {
            return NIET_VASTGELEGD;
        }
        return toestemming.gegeven() ? "GEGEVEN" : "ZONDER_TOESTEMMING_MET_REDEN";
    }
}
