package nl.veiligthuis.keten.wijkteam.samenwerking;

import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 11: a consultation of Veilig Thuis and the wijkteam about the zaak, with the tasks agreed. */
public record LegOverlegVast(@TargetAggregateIdentifier String zaakId, String overlegId, Overlegsoort soort,
                             LocalDate op, List<Overlegpartij> deelnemers, String conclusie, List<Taak> taken,
                             Medewerker medewerker) {
}
