package nl.veiligthuis.keten.wijkteam.nazorg;

/** Who watches the gezin after closing (001 §6.2: the casusregisseur, unless agreed otherwise). */
public enum NazorgDoor {
    /** The zaak's casusregisseur. */
    CASUSREGISSEUR,
    /** The wijkteam, without a named regisseur. */
    WIJKTEAM,
    /** Another organisation, named: the CJG, the huisarts, the school. */
    ANDERE_ORGANISATIE
}
