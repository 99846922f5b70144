package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R12: six weeks after the start of help no procesbespreking was held; a signal, never silently dropped. */
@Revision("1")
public record ProcesbesprekingTermijnVerstreken(String zaakId, String gezinId, Instant uiterlijkOp,
                                                Instant vastgesteldOp) {
}
