package nl.veiligthuis.keten.wijkteam.zaak;

public record HaalZaakOp(String zaakId) {
}
