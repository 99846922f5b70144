package nl.veiligthuis.keten.platform.web;

/** What identifies a request for idempotency: the client's key, the method and the path. */
record VerzoekSleutel(IdempotencyKey key, String method, String path) {
}
