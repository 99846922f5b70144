package nl.veiligthuis.keten.wijkteam.zaak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * team is the wijkteam within the gemeente that takes the zaak (its worklist); regisseur is optional: the team may
 * name the first casusregisseur when it accepts (R10).
 */
public record AccepteerOverdracht(@TargetAggregateIdentifier String zaakId, String team, Medewerker medewerker,
                                  Regisseur regisseur) {

    public AccepteerOverdracht(String zaakId, String team, Medewerker medewerker) {
        this(zaakId, team, medewerker, null);
    }
}
