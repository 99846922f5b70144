package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Stored in melding-service's own event store only; the published form is {@code MeldingOntvangenV1}. */
@Revision("1")
public record MeldingOntvangen(String meldingId, String gezinId, Melder melder, String gemeente, String regio,
                               List<Gezinslid> leden, Set<Geweldsvorm> geweldsvormen, boolean kinderenAanwezig,
                               boolean acuutOnveilig, String omschrijving, Instant ontvangenOp,
                               Instant geregistreerdOp) {
}
