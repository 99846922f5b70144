package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;

public record PlanBeoordeling(int versie, Beoordeling besluit, String opmerkingen, String teamleider,
                              Instant beoordeeldOp) {
}
