package nl.veiligthuis.keten.wijkteam.intake;

/** Answered with an {@code Optional<IntakeOverzicht>}: empty when the zaak is not known. */
public record HaalIntakeOp(String zaakId) {
}
