package nl.veiligthuis.keten.melding.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1}
 * (docs/events/schemas/melding-aan-gezin-gekoppeld.v1.schema.json): opaque ids only.
 */
record MeldingAanGezinGekoppeldV1(String meldingId, String gezinId, String vorigGezinId, Instant gekoppeldOp,
                                  Actor actor) {
}
