package nl.veiligthuis.keten.wijkteam.zaak;

/**
 * A teamleider's review (four eyes) of what the team drew up: a versie of the ondersteuningsplan or of the
 * veiligheidsplan, or a proposed closing.
 */
public enum Beoordeling {
    GOEDGEKEURD,
    /** Sent back with opmerkingen: the team draws up a new versie or proposal. */
    TERUGGESTUURD
}
