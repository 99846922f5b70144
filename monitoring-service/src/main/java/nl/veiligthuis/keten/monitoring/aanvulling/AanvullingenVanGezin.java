package nl.veiligthuis.keten.monitoring.aanvulling;

import java.util.List;

/** The corrections and own statements of a gezin's file, oldest first (R21). */
public record AanvullingenVanGezin(String gezinId, List<AanvullingOverzicht> aanvullingen) {
}
