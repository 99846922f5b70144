package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;

/** What other systems may read of a melding: no names, no dates of birth, no free text. */
public record MeldingOverzicht(String meldingId, String gezinId, MelderType melderType, String gemeente, String regio,
                               List<String> geweldsvormen, boolean kinderenAanwezig, boolean acuutOnveilig,
                               int aantalKinderen, Instant ontvangenOp) {
}
