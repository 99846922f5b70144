package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R13: the evaluation moment geplandOp passed without an evaluation; the next evaluation lifts it. */
@Revision("1")
public record VeiligheidsplanEvaluatieGemist(String zaakId, String gezinId, String gemeente, int versie,
                                             Instant geplandOp, Instant vastgesteldOp) {
}
