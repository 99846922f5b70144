package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AfsluitingVoorgesteld(String zaakId, @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                                    @Persoonsgegeven String vervolg, @Persoonsgegeven String onderbouwing,
                                    List<Informatiedeling> informeren, Medewerker medewerker, Instant voorgesteldOp,
                                    Nazorg nazorg) {

    /** A proposal stored before nazorg was agreed at closing (issue 14 point 7) reads without it. */
    public AfsluitingVoorgesteld(String zaakId, String gezinId, String gemeente, Uitkomst uitkomst, String vervolg,
                                 String onderbouwing, List<Informatiedeling> informeren, Medewerker medewerker,
                                 Instant voorgesteldOp) {
        this(zaakId, gezinId, gemeente, uitkomst, vervolg, onderbouwing, informeren, medewerker, voorgesteldOp, null);
    }
}
