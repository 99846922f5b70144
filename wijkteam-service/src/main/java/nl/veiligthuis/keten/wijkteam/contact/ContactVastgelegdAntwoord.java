package nl.veiligthuis.keten.wijkteam.contact;

/** The answer to a logged contact: its new id. */
public record ContactVastgelegdAntwoord(String zaakId, String contactId) {
}
