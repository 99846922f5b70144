package nl.veiligthuis.keten.wijkteam.opschaling;

/** What the tafel decided about the regie (R10: it stays with the wijkteam until the tafel decides otherwise). */
public enum Besluit {
    REGIE_BLIJFT_BIJ_WIJKTEAM,
    REGIE_OVERGEDRAGEN
}
