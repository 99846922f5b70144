package nl.veiligthuis.keten.wijkteam.afsluiting;

/** Who the wijkteam informs at the start and end of help, with the family's consent (R16, R17; 001 §3). */
public enum Partij { HUISARTS, SCHOOL, CJG }
