package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the veiligheidsplan (in force or expired). */
public record BeeindigVeiligheidsplan(@TargetAggregateIdentifier String zaakId, RedenBeeindiging reden,
                                      String toelichting, Medewerker medewerker) {
}
