package nl.veiligthuis.keten.triage.triage;

/** What a triage decision starts: an onderzoek (R4) or a direct handover (R7); null when neither. */
public record Vervolg(String onderzoekId, String overdrachtId) {
}
