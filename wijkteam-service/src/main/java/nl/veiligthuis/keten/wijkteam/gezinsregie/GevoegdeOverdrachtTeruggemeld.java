package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * R9: the zaak went back to Veilig Thuis, and with it this joined handover; published as {@code zaak-teruggemeld.v1}
 * of this overdracht and melding, so its triage comes back too. The toelichting is on the zaak's own event.
 */
public record GevoegdeOverdrachtTeruggemeld(String zaakId, String overdrachtId, String meldingId,
                                            @Sleutelhouder String gezinId, Route route, String gemeente,
                                            RedenTerugmelding reden, Instant teruggemeldOp) {
}
