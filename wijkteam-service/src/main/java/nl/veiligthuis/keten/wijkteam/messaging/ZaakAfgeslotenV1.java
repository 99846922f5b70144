package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1}: codes only (D4). nazorg (issue 14 point 7,
 * added after v1's publication): who watches after closing and until when; absent for a closing from before.
 */
public record ZaakAfgeslotenV1(String zaakId, String overdrachtId, String meldingId, String gezinId, String uitkomst,
                               List<String> geinformeerd, List<String> nietGeinformeerd, Instant afgeslotenOp,
                               Actor actor, @JsonInclude(JsonInclude.Include.NON_NULL) NazorgV1 nazorg) {

    public ZaakAfgeslotenV1(String zaakId, String overdrachtId, String meldingId, String gezinId, String uitkomst,
                            List<String> geinformeerd, List<String> nietGeinformeerd, Instant afgeslotenOp,
                            Actor actor) {
        this(zaakId, overdrachtId, meldingId, gezinId, uitkomst, geinformeerd, nietGeinformeerd, afgeslotenOp, actor,
                null);
    }

    /** The organisation is named only for ANDERE_ORGANISATIE; an organisation's name is no personal data. */
    public record NazorgV1(String door, @JsonInclude(JsonInclude.Include.NON_NULL) String organisatie,
                           LocalDate tot) {
    }
}
