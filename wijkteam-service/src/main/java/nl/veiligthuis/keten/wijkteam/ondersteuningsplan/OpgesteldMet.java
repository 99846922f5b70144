package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** R12: the plan is made with the gezin, or is the gezin's own familiegroepsplan. */
public enum OpgesteldMet { MET_GEZIN, FAMILIEGROEPSPLAN }
