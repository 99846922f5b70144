package nl.veiligthuis.keten.wijkteam.opschaling;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ZaakOpgeschaald(String zaakId, String gezinId, String gemeente, String opschalingId, Tafel tafel,
                              RedenOpschaling reden, String toelichting, Zichthouder zichthouder,
                              Medewerker medewerker, Instant opgeschaaldOp) {
}
