package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * A handover that joined the zaak after the one that opened it (R10): its melding, where its package lives, and what
 * the team did with it; {@code afgesplitstNaar} is the zaak it was split off to.
 */
public record GevoegdeOverdrachtOverzicht(String overdrachtId, String meldingId, Route route, String gemeente,
                                          GevoegdeOverdrachtStatus status, Instant gevoegdOp, Instant geaccepteerdOp,
                                          String afgesplitstNaar, String overdrachtDataref) {
}
