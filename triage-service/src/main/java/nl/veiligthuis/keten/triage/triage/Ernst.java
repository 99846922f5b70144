package nl.veiligthuis.keten.triage.triage;

/**
 * R3: the severity a triagist records, as the safety assessment of the triage phrases it (acute and structural
 * unsafety). A code list keeps free text off the topics and makes severities comparable across regions.
 */
public enum Ernst {
    /** Direct danger: act now (SPOED). */
    ACUUT_ONVEILIG,
    /** Repeated or lasting unsafety that needs a structural approach. */
    STRUCTUREEL_ONVEILIG,
    /** Concerns or risks for safety, neither acute nor structural. */
    ZORGEN_OVER_VEILIGHEID,
    /** No unsafety established. */
    GEEN_ONVEILIGHEID_VASTGESTELD
}
