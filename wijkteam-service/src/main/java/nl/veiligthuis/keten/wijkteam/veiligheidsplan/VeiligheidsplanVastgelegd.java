package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

/** The answer to a change of the veiligheidsplan: which versie it concerns. */
public record VeiligheidsplanVastgelegd(String zaakId, int versie) {
}
