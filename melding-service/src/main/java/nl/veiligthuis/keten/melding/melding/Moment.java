package nl.veiligthuis.keten.melding.melding;

/** R6: the two moments the melder hears what was done with the melding. */
public enum Moment { NA_TRIAGE, NA_ONDERZOEK }
