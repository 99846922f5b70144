package nl.veiligthuis.keten.triage.overdracht;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekView;
import nl.veiligthuis.keten.triage.triage.TriageView;

/**
 * The handover package (R7, R8) a wijkteam fetches through the event's dataref, with the ground on which it was shared
 * (R17): so the wijkteam knows whether the family consented, or why it was shared without.
 */
public record OverdrachtView(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                             Instant gedaanOp, TriageView triage, OnderzoekView onderzoek,
                             @Schema(description = "GEGEVEN, ZONDER_TOESTEMMING_MET_REDEN of NIET_VASTGELEGD (R17)",
                                     example = "GEGEVEN") String toestemming,
                             @Schema(description = "Alleen zonder toestemming: de veiligheidsreden om toch te delen",
                                     example = "Moeder weigert; de kinderen zijn niet veilig zonder hulp.")
                             String redenZonderToestemming) {
}
