package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue 14 point 10: the receiving team takes the zaak over after the warm handover meeting of that day, with its own
 * casusregisseur: regie and zicht op veiligheid pass now. {@code gemeente}: the receiving wijkteam's gemeente as its
 * token names it, or null.
 */
public record AccepteerVerhuizing(@TargetAggregateIdentifier String zaakId, String verhuizingId, String team,
                                  Regisseur regisseur, LocalDate warmeOverdrachtOp, Medewerker medewerker,
                                  String gemeente) {
}
