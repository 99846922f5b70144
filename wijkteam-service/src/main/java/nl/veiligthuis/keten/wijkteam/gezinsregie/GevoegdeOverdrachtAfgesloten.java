package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.afsluiting.Partij;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;

/**
 * R16: the zaak was closed, and with it this joined handover; published as {@code zaak-afgesloten.v1} of this
 * overdracht and melding, so Veilig Thuis ends the wijkteam's zicht op veiligheid on that melding too.
 */
public record GevoegdeOverdrachtAfgesloten(String zaakId, String overdrachtId, String meldingId,
                                           @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                                           List<Partij> geinformeerd, List<Partij> nietGeinformeerd,
                                           Instant afgeslotenOp) {
}
