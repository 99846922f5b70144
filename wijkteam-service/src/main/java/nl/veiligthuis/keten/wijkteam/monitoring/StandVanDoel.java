package nl.veiligthuis.keten.wijkteam.monitoring;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * One agreed goal as written in VT's rapportage or the plan, with its stand and an optional toelichting. The goal
 * and the toelichting are free text: they stay in wijkteam-service, only the stand is published as a count.
 */
public record StandVanDoel(@Persoonsgegeven String doel, Doelstand stand, @Persoonsgegeven String toelichting) {
}
