package nl.veiligthuis.keten.wijkteam.zaak;

public record HaalRegieOp(String zaakId) {
}
