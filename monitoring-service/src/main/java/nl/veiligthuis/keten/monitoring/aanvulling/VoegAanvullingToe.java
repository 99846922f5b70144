package nl.veiligthuis.keten.monitoring.aanvulling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VoegAanvullingToe(@TargetAggregateIdentifier String aanvullingId, String gezinId, Soort soort,
                                String persoonId, Betreft betreft, String tekst) {
}
