package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** The answer to drawing up or reviewing a version of the plan. */
public record OndersteuningsplanVastgelegd(String zaakId, int versie, PlanStatus status) {
}
