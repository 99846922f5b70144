package nl.veiligthuis.keten.platform.web;

/** The 2xx response stored for replay: status, Content-Type, Location and body. */
record OpgeslagenAntwoord(int status, String contentType, String location, byte[] body) {
}
