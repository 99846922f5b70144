package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R13: the lead time ended without a new versie or an end; from now on the plan is no longer in force. */
@Revision("1")
public record VeiligheidsplanVerlopen(String zaakId, String gezinId, String gemeente, int versie,
                                      Instant eindigdeOp, Instant vastgesteldOp) {
}
