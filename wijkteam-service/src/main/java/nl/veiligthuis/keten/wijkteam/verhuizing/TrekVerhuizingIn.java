package nl.veiligthuis.keten.wijkteam.verhuizing;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 10: the team that announced a move takes it back while it waits. */
public record TrekVerhuizingIn(@TargetAggregateIdentifier String zaakId, String verhuizingId, String toelichting,
                               Medewerker medewerker) {
}
