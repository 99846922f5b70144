package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** opTijd is false when it was held after uiterlijkOp or after the term was recorded as missed. */
@Revision("1")
public record ProcesbesprekingGehouden(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                       Instant gehoudenOp, @Persoonsgegeven String uitkomst, boolean opTijd,
                                       Instant uiterlijkOp, Medewerker medewerker, Instant vastgelegdOp) {
}
