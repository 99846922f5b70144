package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** The stand of one doel (by its prioriteit) at an evaluation; toelichting is optional. */
public record DoelEvaluatie(int prioriteit, Stand stand, @Persoonsgegeven String toelichting) {
}
