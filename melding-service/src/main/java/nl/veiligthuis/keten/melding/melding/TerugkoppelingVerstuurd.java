package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R6: the feedback letter is ready for dispatch ({@code aanleiding}: the decision it answers, see {@link Aanleiding}). {@code tekst} is made from the codes and partners
 * only; the published form carries neither the tekst nor the partners.
 */
@Revision("1")
public record TerugkoppelingVerstuurd(String meldingId, String gezinId, Moment moment, MelderType melderType,
                                      Vervolgroute vervolgroute, List<String> partners, String tekst,
                                      Instant verstuurdOp, String aanleiding) {

    /** As recorded before the aanleiding existed (it reads as null: the first decision of the moment). */
    public TerugkoppelingVerstuurd(String meldingId, String gezinId, Moment moment, MelderType melderType,
                                   Vervolgroute vervolgroute, List<String> partners, String tekst,
                                   Instant verstuurdOp) {
        this(meldingId, gezinId, moment, melderType, vervolgroute, partners, tekst, verstuurdOp, null);
    }

    /** The decision this letter answers; null in letters recorded before it was, which answered the first. */
    public String aanleidingOfStandaard() {
        return aanleiding == null ? Aanleiding.standaard(moment) : aanleiding;
    }
}
