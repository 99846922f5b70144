package nl.veiligthuis.keten.wijkteam.gezinsregie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The team split a joined handover off into a zaak of its own ({@link OverdrachtAfgesplitst}). */
public record LegAfsplitsingVast(@TargetAggregateIdentifier String gezinId, String overdrachtId, String vanZaakId,
                                 String nieuweZaakId) {
}
