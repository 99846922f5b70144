package nl.veiligthuis.keten.melding.adviesvraag;

import java.time.Instant;
import java.util.Set;
import nl.veiligthuis.keten.melding.melding.Geweldsvorm;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/**
 * Stored in melding-service's own event store only; the published form is {@code AdviesvraagGeregistreerdV1}.
 * An adviesvraag has no gezin: no gezinId and no gezinsleden.
 */
@Revision("1")
public record AdviesvraagGeregistreerd(@Sleutelhouder String adviesvraagId, Vrager vrager, String gemeente,
                                       String regio, Set<Geweldsvorm> geweldsvormen, boolean kinderenBetrokken,
                                       @Persoonsgegeven String vraag, @Persoonsgegeven String advies,
                                       Instant ontvangenOp, Instant geregistreerdOp) {
}
