package nl.veiligthuis.keten.triage.triage;

/** R3: who did the triage and how to reach them directly — wijkteams could not find this before. */
public record Triagist(String naam, String telefoon) {
}
