package nl.veiligthuis.keten.platform.web;

/** Travels with a {@code CommandExecutionException} when a command handler refuses a command by a rule. */
public record DomeinregelDetails(String regel) {
}
