package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;

/** gemist: the term passed and it has not been held since; opTijd is null until it is held. */
public record ProcesbesprekingTermijn(Instant uiterlijkOp, boolean gemist, Instant verstrekenOp, Instant gehoudenOp,
                                      Boolean opTijd, String uitkomst, String medewerker) {
}
