package nl.veiligthuis.keten.wijkteam.gezinsregie;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answers the {@link OverdrachtAfgesplitst} event, whose fields open the new zaak. */
public record SplitsOverdrachtAf(@TargetAggregateIdentifier String zaakId, String overdrachtId, RedenAfsplitsing reden,
                                 String toelichting, Medewerker medewerker) {
}
