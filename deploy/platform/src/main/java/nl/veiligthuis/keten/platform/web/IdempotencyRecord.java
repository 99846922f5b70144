package nl.veiligthuis.keten.platform.web;

/** A row of {@code idempotency_record}: the first 2xx answer to a request with this key. */
record IdempotencyRecord(String requestHash, OpgeslagenAntwoord antwoord) {
}
