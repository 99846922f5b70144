package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** opTijd is false when it was held after uiterlijkOp or after the term was recorded as missed. */
@Revision("1")
public record ProcesbesprekingGehouden(String zaakId, String gezinId, String gemeente, Instant gehoudenOp,
                                       String uitkomst, boolean opTijd, Instant uiterlijkOp, Medewerker medewerker,
                                       Instant vastgelegdOp) {
}
