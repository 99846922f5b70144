package nl.veiligthuis.keten.wijkteam.contact;

/**
 * What a contact showed about the children's safety, as the professional saw it. It is no safety judgement (R11:
 * that is the veiligheidsinschatting); more worries than before ask for one.
 */
public enum Veiligheidsbeeld {
    /** Nothing seen or heard that worries about safety. */
    GEEN_ZORGEN,
    /** The worries known before, unchanged. */
    ZORGEN_ONVERANDERD,
    /** More worries than before. */
    ZORGEN_TOEGENOMEN,
    /** An unsafe situation: act now. */
    ONVEILIG;

    /** Whether the contact asks for a new safety judgement of the children. */
    public boolean vraagtOmNieuweInschatting() {
        return this == ZORGEN_TOEGENOMEN || this == ONVEILIG;
    }
}
