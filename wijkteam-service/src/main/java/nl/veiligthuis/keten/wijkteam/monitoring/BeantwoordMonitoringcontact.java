package nl.veiligthuis.keten.wijkteam.monitoring;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R14: the team answers a received monitoring contact with the stand of each agreed goal. */
public record BeantwoordMonitoringcontact(@TargetAggregateIdentifier String zaakId, String contactId,
                                          List<StandVanDoel> doelen, String toelichting, Medewerker medewerker) {
}
