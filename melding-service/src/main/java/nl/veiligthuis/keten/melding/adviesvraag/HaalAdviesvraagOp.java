package nl.veiligthuis.keten.melding.adviesvraag;

public record HaalAdviesvraagOp(String adviesvraagId) {
}
