package nl.veiligthuis.keten.wijkteam.opschaling;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ZaakOpgeschaald(String zaakId, @Sleutelhouder String gezinId, String gemeente, String opschalingId,
                              Tafel tafel, RedenOpschaling reden, @Persoonsgegeven String toelichting,
                              Zichthouder zichthouder, Medewerker medewerker, Instant opgeschaaldOp) {
}
