package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/**
 * R12 (001 Bijlage 1: "Zichtbaar moet zijn dat het gezin in de gelegenheid is gesteld een familiegroepsplan op te
 * stellen"): what the gezin answered when the team offered it to draw up its own plan with its network.
 */
public enum FamiliegroepsplanAntwoord {
    /** The gezin draws up a familiegroepsplan; the team works on the basis of it. */
    GEZIN_STELT_OP,
    /** The gezin declined; the team works with a plan drawn up together with parents and children. */
    GEZIN_ZIET_AF
}
