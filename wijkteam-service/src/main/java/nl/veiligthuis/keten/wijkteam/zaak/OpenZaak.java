package nl.veiligthuis.keten.wijkteam.zaak;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * overdrachtDataref: where triage-service serves the handover package (R7/R8); null when the event had none.
 * genoemdeLeden: the persons the handover names for the gezin (R11); empty when it named none.
 */
public record OpenZaak(@TargetAggregateIdentifier String zaakId, String overdrachtId, String meldingId, String gezinId,
                       Route route, String gemeente, String onderzoekId, Instant overdrachtGedaanOp,
                       String overdrachtDataref, List<GenoemdGezinslid> genoemdeLeden) {

    public OpenZaak {
        genoemdeLeden = GenoemdGezinslid.lijst(genoemdeLeden);
    }

    public OpenZaak(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                    String onderzoekId, Instant overdrachtGedaanOp, String overdrachtDataref) {
        this(zaakId, overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, overdrachtGedaanOp,
                overdrachtDataref, List.of());
    }

    /** Derived from the overdracht, so a redelivered or replayed OverdrachtGedaan finds the same zaak. */
    public static String zaakIdVoor(String overdrachtId) {
        return UUID.nameUUIDFromBytes(("zaak:" + overdrachtId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
