package nl.veiligthuis.keten.wijkteam.opschaling;

/** The grounds for escalation named in R15 (001 §2.3, §6.3). */
public enum RedenOpschaling {
    GEEN_VERANDERING_ONDANKS_HULP,
    GEZIN_WERKT_NIET_MEE,
    GEZIN_BAGATELLISEERT,
    PROBLEMATIEK_OVERSTIJGT_LOKAAL_VELD,
    CRISIS
}
