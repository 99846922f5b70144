package nl.veiligthuis.keten.wijkteam.samenwerking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/** Issue 14 point 11: a zaak's consultations with their tasks, newest first. */
public record OverleggenVanZaak(String zaakId, List<Overleg> overleggen) {

    public record Overleg(String overlegId, Overlegsoort soort, LocalDate op, List<Overlegpartij> deelnemers,
                          String conclusie, List<Taak> taken, Medewerker medewerker, Instant vastgelegdOp) {
    }
}
