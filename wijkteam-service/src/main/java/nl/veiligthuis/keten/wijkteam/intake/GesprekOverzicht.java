package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

public record GesprekOverzicht(boolean gesproken, LocalDate gevoerdOp, RedenNietGesproken redenNietGesproken,
                               String toelichting, Medewerker medewerker, Instant vastgelegdOp) {
}
