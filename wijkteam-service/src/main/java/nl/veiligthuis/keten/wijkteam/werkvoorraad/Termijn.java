package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import java.time.Instant;

/** A running term of a zaak: what is due (PROCESBESPREKING, VEILIGHEIDSPLAN_EVALUATIE, ...) and by when. */
public record Termijn(String soort, Instant uiterlijk) {
}
