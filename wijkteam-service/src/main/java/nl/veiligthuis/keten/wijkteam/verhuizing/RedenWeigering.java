package nl.veiligthuis.keten.wijkteam.verhuizing;

/** Why the receiving wijkteam did not take the zaak over; the toelichting says more and stays here (D4). */
public enum RedenWeigering {
    /** The gezin does not live in the gemeente (any more, or yet). */
    GEZIN_WOONT_NIET_IN_GEMEENTE,
    /** Another team or gemeente is the right one; the announcing team announces it there. */
    ANDER_TEAM_OF_GEMEENTE,
    ANDERS
}
