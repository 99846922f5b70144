package nl.veiligthuis.keten.wijkteam.intake;

/** Response of the intake's POSTs; lidId is the gezinslid concerned, null for the leefgebiedenanalyse. */
public record IntakeVastgelegd(String zaakId, String lidId) {
}
