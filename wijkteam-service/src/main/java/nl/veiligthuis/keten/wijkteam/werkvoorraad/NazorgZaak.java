package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;

/**
 * Issue 14 point 7: a closed zaak in nazorg on the worklist. verlopen: its last day passed without any check (signal
 * NAZORG_VERLOPEN); laatsteControleOp null: no check yet.
 */
public record NazorgZaak(String zaakId, String gezinId, String team, NazorgDoor door, String organisatie,
                         LocalDate tot, LocalDate laatsteControleOp, boolean verlopen) {
}
