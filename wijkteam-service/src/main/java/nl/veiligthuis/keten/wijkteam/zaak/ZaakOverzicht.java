package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtOverzicht;

/**
 * What the team and other entitled systems read of a zaak: identifiers, route, status, the reden of a
 * terugmelding, the current casusregisseur as aanspreekpunt (R10) and where the handover package lives
 * (overdrachtDataref, R7/R8). ookBetrokken names who else is involved while the regie stays here (R10): Veilig
 * Thuis monitoring the zaak (VEILIG_THUIS_MONITORING, R14) and a tafel still deciding on an escalation
 * (JEUGDBESCHERMINGSTAFEL, CIT, LOKAAL_ZORGNETWERK, R15). No medewerker who accepted or returned it, no toelichting,
 * no data of the gezin. gevoegdeOverdrachten are the further handovers for the gezin that joined this zaak, its one
 * plan and one casusregisseur (R10), oldest first.
 */
public record ZaakOverzicht(String zaakId, String gezinId, String overdrachtId, String meldingId, Route route,
                            String gemeente, String team, ZaakStatus status, Instant geopendOp, Instant geaccepteerdOp,
                            RedenTerugmelding redenTerugmelding, Instant teruggemeldOp, Instant afgeslotenOp,
                            Uitkomst uitkomstAfsluiting, String overdrachtDataref, HuidigeRegisseur regisseur,
                            List<String> ookBetrokken, List<Signaal> signalen,
                            List<GevoegdeOverdrachtOverzicht> gevoegdeOverdrachten) {
}
