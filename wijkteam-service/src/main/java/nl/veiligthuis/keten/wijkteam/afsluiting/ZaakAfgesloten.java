package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The zaak leaves the wijkteam closed (R16); geinformeerd are the parties informed at the end (R17). overdrachtId and
 * meldingId let Veilig Thuis end the wijkteam's zicht op veiligheid on its own melding (R2). nazorg: who watches
 * after closing and until when (issue 14 point 7); null for a closing stored before.
 */
@Revision("1")
public record ZaakAfgesloten(String zaakId, @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                             @Persoonsgegeven String vervolg, List<Partij> geinformeerd, List<Partij> nietGeinformeerd,
                             Instant afgeslotenOp, String overdrachtId, String meldingId, Nazorg nazorg) {

    /** A closing stored before nazorg was agreed (issue 14 point 7) reads without it. */
    public ZaakAfgesloten(String zaakId, String gezinId, String gemeente, Uitkomst uitkomst, String vervolg,
                          List<Partij> geinformeerd, List<Partij> nietGeinformeerd, Instant afgeslotenOp,
                          String overdrachtId, String meldingId) {
        this(zaakId, gezinId, gemeente, uitkomst, vervolg, geinformeerd, nietGeinformeerd, afgeslotenOp, overdrachtId,
                meldingId, null);
    }
}
