package nl.veiligthuis.keten.triage.onderzoek;

import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** leden: the persons the melding names, handed over after the onderzoek (R11). */
public record MeldOnderzoekAan(@TargetAggregateIdentifier String onderzoekId, String meldingId, String gezinId,
                               String gemeente, List<GenoemdGezinslid> leden) {

    public MeldOnderzoekAan {
        leden = GenoemdGezinslid.lijst(leden);
    }

    public MeldOnderzoekAan(String onderzoekId, String meldingId, String gezinId, String gemeente) {
        this(onderzoekId, meldingId, gezinId, gemeente, List.of());
    }
}
