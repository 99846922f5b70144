package nl.veiligthuis.keten.wijkteam.opschaling;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SchaalOp(@TargetAggregateIdentifier String zaakId, String opschalingId, Tafel tafel,
                       RedenOpschaling reden, String toelichting, Zichthouder zichthouder, Medewerker medewerker) {
}
