package nl.veiligthuis.keten.wijkteam.contact;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 6: how often the team has contact while a child of the gezin is unsafe: at least every dagen days. */
public record SpreekContactfrequentieAf(@TargetAggregateIdentifier String zaakId, int dagen, String reden,
                                        Medewerker medewerker) {
}
