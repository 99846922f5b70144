package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

/** The answer to recording the procesbespreking: whether it was held within the six weeks. */
public record ProcesbesprekingVastgelegd(String zaakId, boolean opTijd) {
}
