package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Issue 14 point 10: the team that holds the zaak announces that the gezin moves to another gemeente, or that another
 * team of its gemeente takes the zaak over. Answers the verhuizingId.
 */
public record MeldVerhuizingAan(@TargetAggregateIdentifier String zaakId, String naarGemeente, String naarTeam,
                                LocalDate verhuisdOp, Toestemming toestemming, String redenZonderToestemming,
                                String toelichting, Medewerker medewerker) {
}
