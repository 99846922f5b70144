package nl.veiligthuis.keten.wijkteam.samenwerking;

public record HaalOverleggenOp(String zaakId) {
}
