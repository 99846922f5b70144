package nl.veiligthuis.keten.wijkteam.monitoring;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/** One contact of VT monitoring on the zaak and, once given, the team's answer (null until then). */
public record MonitoringcontactOverzicht(String contactId, String monitoringId, Instant contactOp,
                                         int aantalDoelenBesproken, Instant ontvangenOp, boolean beantwoord,
                                         Antwoord antwoord) {

    public record Antwoord(Instant beantwoordOp, List<StandVanDoel> doelen, String toelichting,
                           Medewerker medewerker) {
    }
}
