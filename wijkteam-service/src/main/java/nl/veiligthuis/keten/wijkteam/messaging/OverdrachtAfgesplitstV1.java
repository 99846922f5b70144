package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.overdracht-afgesplitst.v1}
 * (docs/events/schemas/overdracht-afgesplitst.v1.schema.json).
 */
public record OverdrachtAfgesplitstV1(String zaakId, String overdrachtId, String meldingId, String gezinId,
                                      String nieuweZaakId, String reden, Instant afgesplitstOp, Actor actor) {
}
