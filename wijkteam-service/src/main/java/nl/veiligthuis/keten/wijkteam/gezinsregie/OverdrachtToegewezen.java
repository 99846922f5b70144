package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

/**
 * A handover of the gezin went to {@code zaakId}: the gezin's lopende zaak ({@code bijLopendeZaak}) or a new one;
 * {@code afgesplitstVan} names the zaak it was split off from, by the team's decision.
 */
public record OverdrachtToegewezen(@Sleutelhouder String gezinId, String overdrachtId, String meldingId, String zaakId,
                                   boolean bijLopendeZaak, String afgesplitstVan, Instant toegewezenOp) {
}
