package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** Where a version of the plan stands in the teamleider's review. */
public enum PlanStatus { CONCEPT_TER_BEOORDELING, GOEDGEKEURD, TERUGGESTUURD }
