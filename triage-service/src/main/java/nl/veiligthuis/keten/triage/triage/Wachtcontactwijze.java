package nl.veiligthuis.keten.triage.triage;

/** R5: how VT had contact to keep sight on safety while the case waits; a code, never the content of the contact. */
public enum Wachtcontactwijze { TELEFONISCH, HUISBEZOEK, MET_MELDER, MET_BETROKKEN_PROFESSIONAL }
