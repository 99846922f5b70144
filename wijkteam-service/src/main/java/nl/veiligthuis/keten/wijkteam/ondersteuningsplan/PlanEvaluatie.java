package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import java.util.List;

public record PlanEvaluatie(int versie, List<DoelEvaluatie> doelen, boolean samenMetGezin, String bijstelling,
                            String medewerker, Instant geevalueerdOp) {
}
