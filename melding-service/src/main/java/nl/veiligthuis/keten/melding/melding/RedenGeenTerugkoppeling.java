package nl.veiligthuis.keten.melding.melding;

public enum RedenGeenTerugkoppeling { ANONIEME_MELDER, GEEN_CONTACTGEGEVENS }
