package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A triage as VT's worklist and the chain see it. {@code status}: {@code WACHT_OP_TRIAGE}, {@code IN_TRIAGE},
 * {@code AFGEROND}, or {@code TERUGGEMELD} when the wijkteam returned the zaak and a new decision is due (R9).
 * {@code zichtOpVeiligheidBij} answers R2 for this melding: {@code VEILIG_THUIS}, {@code WIJKTEAM} or null.
 */
public record TriageView(String meldingId, String gezinId, String gemeente, String regio, String status,
                         boolean acuutOnveilig, boolean herhaalmelding, Instant ontvangenOp,
                         LocalDate uiterlijkAfgerondOp, boolean termijnOverschreden, Instant gestartOp,
                         boolean zichtOpVeiligheidBijVeiligThuis, String zichtOpVeiligheidBij, Uitkomst uitkomst,
                         Triagist triagist, Ernst ernst, String onderbouwing, String advies, Instant afgerondOp,
                         Boolean binnenTermijn, String onderzoekId, int aantalTerugmeldingen,
                         Monitoringsfrequentie monitoringsfrequentie, String monitoringswijze) {
}
