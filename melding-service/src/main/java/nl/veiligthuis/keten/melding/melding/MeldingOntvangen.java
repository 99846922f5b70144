package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** Stored in melding-service's own event store only; the published form is {@code MeldingOntvangenV1}. */
@Revision("1")
public record MeldingOntvangen(String meldingId, @Sleutelhouder String gezinId, Melder melder, String gemeente,
                               String regio, List<Gezinslid> leden, Set<Geweldsvorm> geweldsvormen,
                               boolean kinderenAanwezig, boolean acuutOnveilig, @Persoonsgegeven String omschrijving,
                               Instant ontvangenOp,
                               Instant geregistreerdOp) {
}
