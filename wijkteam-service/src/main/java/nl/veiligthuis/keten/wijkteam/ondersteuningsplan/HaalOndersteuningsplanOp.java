package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

public record HaalOndersteuningsplanOp(String zaakId) {
}
