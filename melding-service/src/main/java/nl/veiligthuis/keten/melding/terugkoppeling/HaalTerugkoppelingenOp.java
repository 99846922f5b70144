package nl.veiligthuis.keten.melding.terugkoppeling;

public record HaalTerugkoppelingenOp(String meldingId) {
}
