package nl.veiligthuis.keten.wijkteam.afsluiting;

/** The teamleider's review of a proposed closing. */
public enum Beoordeling { GOEDGEKEURD, TERUGGESTUURD }
