package nl.veiligthuis.keten.monitoring.aanvulling;

/** The answer to adding an aanvulling: it shows in the gezin's list (Location) once the read model has it. */
public record AanvullingToegevoegdAntwoord(String aanvullingId, String gezinId, Soort soort) {
}
