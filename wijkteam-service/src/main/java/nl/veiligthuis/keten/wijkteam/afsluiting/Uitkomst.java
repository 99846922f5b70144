package nl.veiligthuis.keten.wijkteam.afsluiting;

/** How the wijkteam lets go of the family (R16). */
public enum Uitkomst {
    /** The family goes on independently. */
    ZELFSTANDIG_VERDER,
    /** A follow-up (natraject) is arranged; which one is recorded. */
    VERVOLG_GEREGELD,
    /** The family has no question for help; allowed only when every child is safe, else the zaak goes back to VT. */
    GEEN_HULPVRAAG
}
