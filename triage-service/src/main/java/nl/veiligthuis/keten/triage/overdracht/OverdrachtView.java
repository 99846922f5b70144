package nl.veiligthuis.keten.triage.overdracht;

import java.time.Instant;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekView;
import nl.veiligthuis.keten.triage.triage.TriageView;

/** The handover package (R7, R8) a wijkteam fetches through the event's dataref. */
public record OverdrachtView(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                             Instant gedaanOp, TriageView triage, OnderzoekView onderzoek) {
}
