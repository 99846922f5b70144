package nl.veiligthuis.keten.wijkteam.contact;

import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue 14 point 6: a contact the team had about the gezin. gezien: the gezinsleden (lidIds) the team saw or spoke
 * with; met: who else, in the team's words (a school's mentor, the grandmother); bevinding: what it showed.
 */
public record LegContactVast(@TargetAggregateIdentifier String zaakId, String contactId, Contactsoort soort,
                             LocalDate op, List<String> gezien, String met, Veiligheidsbeeld beeld, String bevinding,
                             Medewerker medewerker) {
}
