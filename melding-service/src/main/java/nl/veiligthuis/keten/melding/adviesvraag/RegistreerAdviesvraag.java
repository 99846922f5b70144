package nl.veiligthuis.keten.melding.adviesvraag;

import java.time.Instant;
import java.util.Set;
import nl.veiligthuis.keten.melding.melding.Geweldsvorm;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistreerAdviesvraag(@TargetAggregateIdentifier String adviesvraagId, Vrager vrager, String gemeente,
                                    String regio, Set<Geweldsvorm> geweldsvormen, boolean kinderenBetrokken,
                                    String vraag, String advies, Instant ontvangenOp) {
}
