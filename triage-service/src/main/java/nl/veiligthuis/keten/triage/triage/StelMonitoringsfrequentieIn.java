package nl.veiligthuis.keten.triage.triage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StelMonitoringsfrequentieIn(@TargetAggregateIdentifier String meldingId,
                                          Monitoringsfrequentie frequentie, String wijze, Triagist medewerker) {
}
