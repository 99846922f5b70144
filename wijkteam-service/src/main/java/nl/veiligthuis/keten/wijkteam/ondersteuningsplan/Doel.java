package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** R12: a concrete goal; prioriteit 1 comes first, beoogdResultaat says when it is reached. */
public record Doel(int prioriteit, String omschrijving, String beoogdResultaat) {
}
