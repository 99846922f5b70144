package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** How far a doel is reached at an evaluation. */
public enum Stand { BEHAALD, DEELS_BEHAALD, NIET_BEHAALD }
