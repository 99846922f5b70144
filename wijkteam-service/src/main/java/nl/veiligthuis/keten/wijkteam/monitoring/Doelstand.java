package nl.veiligthuis.keten.wijkteam.monitoring;

/** How far an agreed goal is, as the team reports it to Veilig Thuis (R14). */
public enum Doelstand { BEHAALD, IN_UITVOERING, NIET_BEHAALD, NIET_GESTART }
