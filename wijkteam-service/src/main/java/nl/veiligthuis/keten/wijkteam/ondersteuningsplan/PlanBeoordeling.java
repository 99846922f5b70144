package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;

public record PlanBeoordeling(int versie, Beoordeling besluit, String opmerkingen, String teamleider,
                              Instant beoordeeldOp) {
}
