package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R11: the professional's judgement of a child's safety, with the instrument used and the reasoning. */
public record LegVeiligheidsinschattingVast(@TargetAggregateIdentifier String zaakId, String lidId,
                                            Veiligheidsinstrument instrument, Veiligheidsoordeel oordeel,
                                            String onderbouwing, Medewerker medewerker) {
}
