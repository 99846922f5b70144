package nl.veiligthuis.keten.wijkteam.zaak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** regisseur is optional: the team may name the first casusregisseur when it accepts (R10). */
public record AccepteerOverdracht(@TargetAggregateIdentifier String zaakId, Medewerker medewerker,
                                  Regisseur regisseur) {

    public AccepteerOverdracht(String zaakId, Medewerker medewerker) {
        this(zaakId, medewerker, null);
    }
}
