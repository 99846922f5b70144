package nl.veiligthuis.keten.wijkteam.intake;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11: the professional's judgement of a child's safety, with the instrument used and the reasoning. volwassenen: the
 * adult gezinsleden (lidIds) the assessment covers (issue 14 point 9; 001: ETM/LIRIK "slechts over één ouder").
 */
public record LegVeiligheidsinschattingVast(@TargetAggregateIdentifier String zaakId, String lidId,
                                            Veiligheidsinstrument instrument, Veiligheidsoordeel oordeel,
                                            String onderbouwing, Medewerker medewerker, List<String> volwassenen) {

    public LegVeiligheidsinschattingVast(String zaakId, String lidId, Veiligheidsinstrument instrument,
                                         Veiligheidsoordeel oordeel, String onderbouwing, Medewerker medewerker) {
        this(zaakId, lidId, instrument, oordeel, onderbouwing, medewerker, List.of());
    }
}
