package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import nl.veiligthuis.keten.monitoring.tijdlijn.Tijdlijn;
import org.springframework.stereotype.Component;

/**
 * Judges gezinnen from their timelines. Everything is derived on request from the timeline as known at the moment
 * asked for, so a later fact can never change what an earlier moment shows; nothing is stored. The overview reads
 * every gezin's timeline: O(events) per request.
 */
@Component
public class Inspectie {

    private final Tijdlijn tijdlijn;
    private final Clock klok;

    public Inspectie(Tijdlijn tijdlijn, Clock klok) {
        this.tijdlijn = tijdlijn;
        this.klok = klok;
    }

    public GezinToetsing toets(String gezinId, Instant bekendOp) {
        Moment moment = moment(bekendOp);
        Gezinsdossier dossier = dossier(gezinId, moment);
        return GezinToetsing.van(dossier, moment.tijdstip(), Toetsingskader.toets(dossier, moment));
    }

    public Toestand toestand(String gezinId, Instant bekendOp) {
        Moment moment = moment(bekendOp);
        return ToestandAfleiding.van(dossier(gezinId, moment), moment.tijdstip(), moment);
    }

    /** Every gezin known at the moment, in the regio and gemeente asked for (null: all), one at a time. */
    public void toetsAlle(Instant bekendOp, String regio, String gemeente, Consumer<GezinToetsing> verwerker) {
        Moment moment = moment(bekendOp);
        for (String gezinId : tijdlijn.gezinnen(moment.tijdstip())) {
            Gezinsdossier dossier = dossier(gezinId, moment);
            if ((regio == null || Objects.equals(regio, dossier.regio))
                    && (gemeente == null || Objects.equals(gemeente, dossier.gemeente))) {
                verwerker.accept(GezinToetsing.van(dossier, moment.tijdstip(), Toetsingskader.toets(dossier, moment)));
            }
        }
    }

    public Toetsingsoverzicht overzicht(Instant bekendOp, String regio, String gemeente) {
        Toetsingsoverzicht.Teller teller = new Toetsingsoverzicht.Teller();
        toetsAlle(bekendOp, regio, gemeente, teller::tel);
        return teller.overzicht(moment(bekendOp).tijdstip(), regio, gemeente);
    }

    private Gezinsdossier dossier(String gezinId, Moment moment) {
        return Gezinsdossier.van(gezinId, tijdlijn.alles(gezinId, moment.tijdstip()));
    }

    /** Judged now when no moment is asked for; the moment is then fixed for the whole request. */
    private Moment moment(Instant bekendOp) {
        return new Moment(bekendOp == null ? klok.instant() : bekendOp);
    }
}
