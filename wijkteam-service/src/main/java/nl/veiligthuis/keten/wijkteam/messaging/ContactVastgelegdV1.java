package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.contact-vastgelegd.v1}
 * (docs/events/schemas/contact-vastgelegd.v1.schema.json): codes, the day and the lidIds seen; never with whom in
 * the team's words, nor what it showed in words (D4).
 */
public record ContactVastgelegdV1(String zaakId, String gezinId, String contactId, String soort, LocalDate op,
                                  List<String> gezien, String beeld, boolean teltAlsContact, Actor actor) {
}
