package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 7: a check on the gezin after closing: on which day, what it showed about safety. */
public record LegNazorgcontroleVast(@TargetAggregateIdentifier String zaakId, LocalDate op, Veiligheidsbeeld beeld,
                                    String bevinding, Medewerker medewerker) {
}
