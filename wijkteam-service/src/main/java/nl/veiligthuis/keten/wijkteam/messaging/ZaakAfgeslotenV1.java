package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.List;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1}: codes only (D4). */
public record ZaakAfgeslotenV1(String zaakId, String overdrachtId, String meldingId, String gezinId, String uitkomst,
                               List<String> geinformeerd, List<String> nietGeinformeerd, Instant afgeslotenOp,
                               Actor actor) {
}
