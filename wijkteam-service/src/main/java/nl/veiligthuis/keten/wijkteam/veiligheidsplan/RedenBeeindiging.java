package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

/** Why a veiligheidsplan ends before its time. */
public enum RedenBeeindiging {
    /** Only after an evaluation that judged every child VEILIG. */
    VEILIGHEID_HERSTELD,
    VERVANGEN_DOOR_JEUGDBESCHERMING
}
