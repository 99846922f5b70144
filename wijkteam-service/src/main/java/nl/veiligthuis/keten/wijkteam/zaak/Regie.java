package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.List;

/** The full regie history of a zaak, oldest first (R10, R19). */
public record Regie(String zaakId, List<RegiePeriode> perioden) {
}
