package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** R4: the 10 weeks run from here. {@code onderzoeker} is null for onderzoeken started before it was recorded. */
@Revision("1")
public record OnderzoekGestart(String onderzoekId, String meldingId, @Sleutelhouder String gezinId, String gemeente,
                               Instant gestartOp, LocalDate uiterlijkAfgerondOp, Onderzoeker onderzoeker) {
}
