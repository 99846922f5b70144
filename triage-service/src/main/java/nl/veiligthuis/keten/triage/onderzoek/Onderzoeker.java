package nl.veiligthuis.keten.triage.onderzoek;

/** Who investigates, with a direct number: the wijkteam and the gezin know whom to call. Stays in this service. */
public record Onderzoeker(String naam, String telefoon) {
}
