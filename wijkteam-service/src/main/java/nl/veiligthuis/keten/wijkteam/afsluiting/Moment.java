package nl.veiligthuis.keten.wijkteam.afsluiting;

/** When the betrokkenen are informed: at the start of help or at its end. */
public enum Moment { START, EINDE }
