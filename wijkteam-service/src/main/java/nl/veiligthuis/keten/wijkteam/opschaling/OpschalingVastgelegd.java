package nl.veiligthuis.keten.wijkteam.opschaling;

/** The answer to an escalation: its id, for the tafel's decision later. */
public record OpschalingVastgelegd(String zaakId, String opschalingId) {
}
