package nl.veiligthuis.keten.melding.adviesvraag;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.melding.melding.MelderType;

/** What other systems may read of an adviesvraag: no names, no contact, no free text. */
public record AdviesvraagOverzicht(String adviesvraagId, MelderType vragerType, String gemeente, String regio,
                                   List<String> geweldsvormen, boolean kinderenBetrokken, Instant ontvangenOp) {
}
