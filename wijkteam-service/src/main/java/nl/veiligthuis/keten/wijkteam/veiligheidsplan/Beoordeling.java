package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

/** The teamleider's decision on a versie of the veiligheidsplan (quality control). */
public enum Beoordeling {
    GOEDGEKEURD,
    /** Sent back with opmerkingen: the team draws up a new versie. */
    TERUGGESTUURD
}
