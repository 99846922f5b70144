package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * R13: the plan was evaluated, comparing the safety per child with the start; opTijd is false when the evaluation
 * moment had already passed.
 */
@Revision("1")
public record VeiligheidsplanGeevalueerd(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                         List<KindVergelijking> vergelijking, boolean afsprakenNagekomen,
                                         @Persoonsgegeven String maatregelen, Instant geevalueerdOp,
                                         Instant volgendeEvaluatieOp, boolean opTijd, Medewerker medewerker) {
}
