package nl.veiligthuis.keten.melding.melding;

/** Why a known gezin may be the same as the gezin of a new melding. */
public enum Herkenningsgrond { BSN, NAAM_EN_GEBOORTEDATUM }
