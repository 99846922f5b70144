package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StelAfsluitingVoor(@TargetAggregateIdentifier String zaakId, Uitkomst uitkomst, String vervolg,
                                 String onderbouwing, List<Informatiedeling> informeren, Medewerker medewerker,
                                 Nazorg nazorg) {

    /** Without nazorg: for the tests of the closing itself; REST always sends one (issue 14 point 7). */
    public StelAfsluitingVoor(String zaakId, Uitkomst uitkomst, String vervolg, String onderbouwing,
                              List<Informatiedeling> informeren, Medewerker medewerker) {
        this(zaakId, uitkomst, vervolg, onderbouwing, informeren, medewerker, null);
    }
}
