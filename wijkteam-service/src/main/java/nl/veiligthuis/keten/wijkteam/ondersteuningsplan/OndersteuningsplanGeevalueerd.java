package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Stored in wijkteam-service only; the published form carries counts per stand (D4). */
@Revision("1")
public record OndersteuningsplanGeevalueerd(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                            List<DoelEvaluatie> doelen, boolean samenMetGezin,
                                            @Persoonsgegeven String bijstelling, Medewerker medewerker,
                                            Instant geevalueerdOp) {

    public long aantal(Stand stand) {
        return doelen.stream().filter(doel -> doel.stand() == stand).count();
    }
}
