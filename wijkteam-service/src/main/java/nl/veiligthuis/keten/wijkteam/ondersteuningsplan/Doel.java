package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** R12: a concrete goal; prioriteit 1 comes first, beoogdResultaat says when it is reached. */
public record Doel(int prioriteit, @Persoonsgegeven String omschrijving, @Persoonsgegeven String beoogdResultaat) {
}
