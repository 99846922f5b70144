package nl.veiligthuis.keten.wijkteam.verhuizing;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 10: the receiving team does not take the zaak over; regie and zicht stay where they are. */
public record WeigerVerhuizing(@TargetAggregateIdentifier String zaakId, String verhuizingId, RedenWeigering reden,
                               String toelichting, Medewerker medewerker) {
}
