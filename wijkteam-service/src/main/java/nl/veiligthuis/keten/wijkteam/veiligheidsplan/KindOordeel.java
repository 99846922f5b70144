package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

/** The professional's judgement of one child's safety, with the reasoning; lidId is the gezinslid of the intake. */
public record KindOordeel(String lidId, Veiligheidsoordeel oordeel, @Persoonsgegeven String toelichting) {
}
