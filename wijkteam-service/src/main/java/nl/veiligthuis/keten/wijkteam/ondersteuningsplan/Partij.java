package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** R12: who carries out an actie of the ondersteuningsplan. ANDERS names the party in partijNaam. */
public enum Partij { GEZIN, NETWERK, WIJKTEAM, SCHOOL, HUISARTS, JEUGDHULP, VOLWASSENENZORG, ANDERS }
