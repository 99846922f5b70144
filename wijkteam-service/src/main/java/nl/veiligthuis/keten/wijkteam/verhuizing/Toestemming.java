package nl.veiligthuis.keten.wijkteam.verhuizing;

/** R17: the zaak's information goes to another organisation with the gezin's consent, or without it for safety. */
public enum Toestemming { GEGEVEN, ZONDER_TOESTEMMING_MET_REDEN }
