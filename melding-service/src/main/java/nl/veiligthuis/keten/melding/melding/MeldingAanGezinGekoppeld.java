package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeldingAanGezinGekoppeld(String meldingId, String vorigGezinId, String gezinId, Instant gekoppeldOp) {
}
