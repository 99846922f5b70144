package nl.veiligthuis.keten.triage.onderzoek;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MeldOnderzoekAan(@TargetAggregateIdentifier String onderzoekId, String meldingId, String gezinId,
                               String gemeente) {
}
