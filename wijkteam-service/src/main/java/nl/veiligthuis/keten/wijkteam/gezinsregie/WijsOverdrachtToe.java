package nl.veiligthuis.keten.wijkteam.gezinsregie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answers the {@link Toewijzing}: the lopende zaak of the gezin in the gemeente handed over to, or a new zaak for this
 * handover.
 */
public record WijsOverdrachtToe(@TargetAggregateIdentifier String gezinId, String overdrachtId, String meldingId,
                                String gemeente) {
}
