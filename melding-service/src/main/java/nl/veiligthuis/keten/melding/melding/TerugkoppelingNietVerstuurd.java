package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R6, R19: at this moment the melder got no feedback, and why; so an auditor sees it was not forgotten. */
@Revision("1")
public record TerugkoppelingNietVerstuurd(String meldingId, String gezinId, Moment moment,
                                          RedenGeenTerugkoppeling reden, Instant vastgesteldOp, String aanleiding) {

    /** As recorded before the aanleiding existed (it reads as null: the first decision of the moment). */
    public TerugkoppelingNietVerstuurd(String meldingId, String gezinId, Moment moment, RedenGeenTerugkoppeling reden,
                                       Instant vastgesteldOp) {
        this(meldingId, gezinId, moment, reden, vastgesteldOp, null);
    }
}
