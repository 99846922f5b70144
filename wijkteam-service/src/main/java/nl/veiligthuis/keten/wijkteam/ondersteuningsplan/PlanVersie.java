package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import java.util.List;

public record PlanVersie(int versie, PlanStatus status, String perspectief, OpgesteldMet opgesteldMet,
                         List<Doel> doelen, List<Actie> acties, String opgesteldDoor, Instant opgesteldOp) {
}
