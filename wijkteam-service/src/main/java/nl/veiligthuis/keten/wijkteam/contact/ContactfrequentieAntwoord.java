package nl.veiligthuis.keten.wijkteam.contact;

/** The answer to an agreed contact frequency; GET the contact log for the day the next contact is due. */
public record ContactfrequentieAntwoord(String zaakId, int dagen) {
}
