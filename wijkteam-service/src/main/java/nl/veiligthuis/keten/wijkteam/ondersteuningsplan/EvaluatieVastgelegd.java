package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** The answer to an evaluation: the approved versie that was evaluated. */
public record EvaluatieVastgelegd(String zaakId, int versie) {
}
