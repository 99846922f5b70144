package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** The teamleider's decision on a version of the plan; TERUGGESTUURD always comes with opmerkingen. */
public enum Beoordeling { GOEDGEKEURD, TERUGGESTUURD }
