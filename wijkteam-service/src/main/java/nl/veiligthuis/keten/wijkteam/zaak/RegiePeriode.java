package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;

/**
 * One casusregisseur's period on a zaak (R10). tot is null while it lasts; it ends with the next assignment or
 * with the terugmelding of the zaak. reden is why the regie went to this regisseur (null for a first one without).
 */
public record RegiePeriode(String naam, String telefoon, String organisatie, Instant van, Instant tot,
                           String reden) {
}
