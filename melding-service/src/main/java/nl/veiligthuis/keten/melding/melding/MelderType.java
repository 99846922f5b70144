package nl.veiligthuis.keten.melding.melding;

public enum MelderType { POLITIE, PROFESSIONAL, BURGER, ANONIEM }
