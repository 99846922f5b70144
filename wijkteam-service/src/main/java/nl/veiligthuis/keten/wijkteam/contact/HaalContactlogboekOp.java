package nl.veiligthuis.keten.wijkteam.contact;

public record HaalContactlogboekOp(String zaakId) {
}
