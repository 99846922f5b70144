package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.util.List;

/** Every move of a zaak, newest first (issue 14 point 10). */
public record VerhuizingenVanZaak(String zaakId, List<VerhuizingOverzicht> verhuizingen) {
}
