package nl.veiligthuis.keten.platform.web;

/** A row of {@code idempotency_record}; {@code antwoord} is null while the first request is still being processed. */
record IdempotencyRecord(String requestHash, OpgeslagenAntwoord antwoord) {

    boolean inBehandeling() {
        return antwoord == null;
    }
}
