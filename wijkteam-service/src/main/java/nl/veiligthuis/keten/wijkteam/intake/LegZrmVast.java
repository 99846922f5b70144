package nl.veiligthuis.keten.wijkteam.intake;

import java.time.LocalDate;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R11: the ZRM of an adult gezinslid over the 30 days before peildatum, at the start or the end of help. */
public record LegZrmVast(@TargetAggregateIdentifier String zaakId, String lidId, ZrmMoment moment,
                         Map<ZrmDomein, Integer> scores, LocalDate peildatum, Medewerker medewerker) {
}
