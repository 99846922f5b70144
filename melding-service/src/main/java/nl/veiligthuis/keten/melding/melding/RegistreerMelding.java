package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegistreerMelding(@TargetAggregateIdentifier String meldingId, String gezinId, Melder melder,
                                String gemeente, String regio, List<Gezinslid> leden, Set<Geweldsvorm> geweldsvormen,
                                boolean kinderenAanwezig, boolean acuutOnveilig, String omschrijving,
                                Instant ontvangenOp, List<MogelijkDuplicaat> mogelijkeDuplicaten) {
}
