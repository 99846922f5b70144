package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R13: draws up a veiligheidsplan; one already in force is replaced by this new versie. */
public record StelVeiligheidsplanOp(@TargetAggregateIdentifier String zaakId, Dreiging ernst,
                                    List<Afspraak> afspraken, String maatregelenBijOnveiligheid,
                                    List<KindOordeel> startsituatie, Instant eindigtOp, Medewerker medewerker) {
}
