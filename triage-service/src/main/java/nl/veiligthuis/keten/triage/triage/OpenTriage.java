package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param politiemelding a police melding's kind (002 §3.2), as melding-service published it; absent when not said */
public record OpenTriage(@TargetAggregateIdentifier String meldingId, String gezinId, String gemeente, String regio,
                         boolean acuutOnveilig, Instant ontvangenOp, boolean herhaalmelding, String politiemelding) {

    public OpenTriage(String meldingId, String gezinId, String gemeente, String regio, boolean acuutOnveilig,
                      Instant ontvangenOp, boolean herhaalmelding) {
        this(meldingId, gezinId, gemeente, regio, acuutOnveilig, ontvangenOp, herhaalmelding, null);
    }
}
