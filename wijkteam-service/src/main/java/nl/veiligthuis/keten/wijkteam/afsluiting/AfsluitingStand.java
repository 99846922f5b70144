package nl.veiligthuis.keten.wijkteam.afsluiting;

/** The answer to a closing request; status is null for the informatiedeling at the start. */
public record AfsluitingStand(String zaakId, AfsluitingStatus status) {
}
