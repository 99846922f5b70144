package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A triage as VT's worklist and the chain see it. {@code zichtOpVeiligheidBijVeiligThuis} answers R2: VT holds
 * it from receipt when acuut, from completion of triage, or from the moment the term passed.
 */
public record TriageView(String meldingId, String gezinId, String gemeente, String status, boolean acuutOnveilig,
                         Instant ontvangenOp, LocalDate uiterlijkAfgerondOp, boolean termijnOverschreden,
                         boolean zichtOpVeiligheidBijVeiligThuis, Uitkomst uitkomst, Triagist triagist,
                         String ernst, String onderbouwing, String advies, Instant afgerondOp, Boolean binnenTermijn,
                         String onderzoekId) {
}
