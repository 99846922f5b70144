package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import org.axonframework.serialization.Revision;

/**
 * R5: the triage decided on an onderzoek; the case waits on VT's waiting list until an onderzoeker starts it.
 * {@code leden}: the persons the melding names (R11); empty in events stored before it existed.
 */
@Revision("1")
public record OnderzoekAangemeld(String onderzoekId, String meldingId, String gezinId, String gemeente,
                                 Instant aangemeldOp, List<GenoemdGezinslid> leden) {

    public OnderzoekAangemeld {
        leden = GenoemdGezinslid.lijst(leden);
    }

    public OnderzoekAangemeld(String onderzoekId, String meldingId, String gezinId, String gemeente,
                              Instant aangemeldOp) {
        this(onderzoekId, meldingId, gezinId, gemeente, aangemeldOp, List.of());
    }
}
