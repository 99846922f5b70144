package nl.veiligthuis.keten.melding.melding;

public enum Rol { OUDER, KIND, PARTNER, EX_PARTNER, OVERIG }
