package nl.veiligthuis.keten.wijkteam.nazorg;

public record HaalNazorgOp(String zaakId) {
}
