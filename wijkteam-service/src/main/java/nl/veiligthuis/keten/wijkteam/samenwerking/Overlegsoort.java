package nl.veiligthuis.keten.wijkteam.samenwerking;

/** What kind of consultation (001 Bijlage 1). */
public enum Overlegsoort {
    /** Looking back together on the zaak and the safety of the children. */
    GEZAMENLIJKE_REFLECTIE,
    /** A case meeting on the zaak: who does what from now on. */
    CASUSOVERLEG,
    /** One asks the other's expertise or advice. */
    CONSULTATIE
}
