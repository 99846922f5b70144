package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/**
 * R9 for a joined handover: the team that holds the zaak takes it in; published as {@code overdracht-geaccepteerd.v1}
 * of that overdracht, so Veilig Thuis hands zicht op veiligheid over per melding. The medewerker stays here (D4).
 */
public record GevoegdeOverdrachtGeaccepteerd(String zaakId, String overdrachtId, String meldingId,
                                             @Sleutelhouder String gezinId, String gemeente, String team,
                                             Medewerker medewerker, Instant geaccepteerdOp) {
}
