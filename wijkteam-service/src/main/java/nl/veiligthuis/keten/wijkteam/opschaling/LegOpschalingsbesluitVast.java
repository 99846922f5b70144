package nl.veiligthuis.keten.wijkteam.opschaling;

import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** nieuweRegisseur is required when the tafel transfers the regie, and must be absent otherwise. */
public record LegOpschalingsbesluitVast(@TargetAggregateIdentifier String zaakId, String opschalingId,
                                        Besluit besluit, String toelichting, Regisseur nieuweRegisseur) {
}
