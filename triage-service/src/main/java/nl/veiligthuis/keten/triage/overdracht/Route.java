package nl.veiligthuis.keten.triage.overdracht;

/** R7 / R8: the two routes of a handover to the local field. */
public enum Route { NA_TRIAGE, NA_ONDERZOEK }
