package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A handover of Veilig Thuis joins the gezin's lopende zaak {@code zaakId}; the fields are those of the handover. */
public record VoegOverdrachtToe(@TargetAggregateIdentifier String zaakId, String overdrachtId, String meldingId,
                                Route route, String gemeente, String onderzoekId, Instant overdrachtGedaanOp,
                                String overdrachtDataref, List<GenoemdGezinslid> genoemdeLeden) {

    public VoegOverdrachtToe {
        genoemdeLeden = GenoemdGezinslid.lijst(genoemdeLeden);
    }

    public VoegOverdrachtToe(String zaakId, String overdrachtId, String meldingId, Route route, String gemeente,
                             String onderzoekId, Instant overdrachtGedaanOp, String overdrachtDataref) {
        this(zaakId, overdrachtId, meldingId, route, gemeente, onderzoekId, overdrachtGedaanOp, overdrachtDataref,
                List.of());
    }
}
