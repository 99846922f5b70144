package nl.veiligthuis.keten.monitoring.inspectie;

/** NIET_VAN_TOEPASSING also covers a term that still runs: it cannot be judged yet. */
public enum Uitkomst { VOLDAAN, NIET_VOLDAAN, NIET_VAN_TOEPASSING }
