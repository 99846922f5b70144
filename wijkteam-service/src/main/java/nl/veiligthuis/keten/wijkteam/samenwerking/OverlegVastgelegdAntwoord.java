package nl.veiligthuis.keten.wijkteam.samenwerking;

public record OverlegVastgelegdAntwoord(String zaakId, String overlegId) {
}
