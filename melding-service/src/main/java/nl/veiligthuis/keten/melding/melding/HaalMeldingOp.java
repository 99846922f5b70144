package nl.veiligthuis.keten.melding.melding;

public record HaalMeldingOp(String meldingId) {
}
