package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** The stand of one doel (by its prioriteit) at an evaluation; toelichting is optional. */
public record DoelEvaluatie(int prioriteit, Stand stand, String toelichting) {
}
