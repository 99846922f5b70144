package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R6: the feedback letter is ready for VT's dispatch adapter. {@code tekst} is made from the codes and partners
 * only; the published form carries neither the tekst nor the partners.
 */
@Revision("1")
public record TerugkoppelingVerstuurd(String meldingId, String gezinId, Moment moment, MelderType melderType,
                                      Vervolgroute vervolgroute, List<String> partners, String tekst,
                                      Instant verstuurdOp) {
}
