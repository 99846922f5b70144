package nl.veiligthuis.keten.melding.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.melding.terugkoppeling-verstuurd.v1}
 * (docs/events/schemas/terugkoppeling-verstuurd.v1.schema.json): codes only; no contact, letter or partner names.
 */
record TerugkoppelingVerstuurdV1(String meldingId, String gezinId, String moment, String melderType,
                                 String vervolgroute, Instant verstuurdOp, Actor actor) {
}
