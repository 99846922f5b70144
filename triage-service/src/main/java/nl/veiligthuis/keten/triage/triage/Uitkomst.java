package nl.veiligthuis.keten.triage.triage;

/** R3: the outcomes of a triage. */
public enum Uitkomst { SPOED, ONDERZOEK, INTERVENTIE, OVERDRACHT_LOKAAL_VELD, AFSLUITEN }
