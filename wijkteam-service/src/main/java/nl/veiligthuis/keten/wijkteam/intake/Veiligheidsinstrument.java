package nl.veiligthuis.keten.wijkteam.intake;

/**
 * The named instrument that structured a safety assessment (R11): ETM at the start; LIRIK or a veiligheidstaxatie
 * when there are risks. It structures the professional's judgement and computes nothing.
 */
public enum Veiligheidsinstrument {
    ETM,
    LIRIK,
    VEILIGHEIDSTAXATIE
}
