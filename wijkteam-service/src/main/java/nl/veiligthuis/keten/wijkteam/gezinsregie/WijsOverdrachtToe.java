package nl.veiligthuis.keten.wijkteam.gezinsregie;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answers the {@link Toewijzing}: the lopende zaak of the gezin, or a new zaak for this handover. */
public record WijsOverdrachtToe(@TargetAggregateIdentifier String gezinId, String overdrachtId, String meldingId) {
}
