package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * @param politiemelding a police melding's kind (002 §3.2), as melding-service published it; absent when not said
 * @param leden          the persons the melding names (R11, issue 14 point 1); empty when it named none
 */
public record OpenTriage(@TargetAggregateIdentifier String meldingId, String gezinId, String gemeente, String regio,
                         boolean acuutOnveilig, Instant ontvangenOp, boolean herhaalmelding, String politiemelding,
                         List<GenoemdGezinslid> leden) {

    public OpenTriage {
        leden = GenoemdGezinslid.lijst(leden);
    }

    public OpenTriage(String meldingId, String gezinId, String gemeente, String regio, boolean acuutOnveilig,
                      Instant ontvangenOp, boolean herhaalmelding, String politiemelding) {
        this(meldingId, gezinId, gemeente, regio, acuutOnveilig, ontvangenOp, herhaalmelding, politiemelding,
                List.of());
    }

    public OpenTriage(String meldingId, String gezinId, String gemeente, String regio, boolean acuutOnveilig,
                      Instant ontvangenOp, boolean herhaalmelding) {
        this(meldingId, gezinId, gemeente, regio, acuutOnveilig, ontvangenOp, herhaalmelding, null);
    }
}
