package nl.veiligthuis.keten.wijkteam.gezinsregie;

/** Why a handover does not join the gezin's lopende zaak; published as a code, the toelichting stays here. */
public enum RedenAfsplitsing {

    /** The handover concerns another household of the gezin (separated parents each with their own plan). */
    ANDER_HUISHOUDEN,

    /** The gezin moved: the handover went to another gemeente than the one holding the lopende zaak. */
    ANDERE_GEMEENTE,

    /** Any other reason; the toelichting says which. */
    ANDERS
}
