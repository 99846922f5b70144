package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The state of one monitoring; the goals discussed are shown here, but never published on a topic. */
public record MonitoringOverzicht(String monitoringId, String overdrachtId, String gezinId, MonitoringStatus status,
                                  Instant overdrachtGedaanOp, Instant gestartOp, Instant uiterlijkEersteContactOp,
                                  Instant eersteContactOp, Instant afgerondOp, Instant verlopenOp,
                                  List<Contact> contacten) {

    /** antwoordWijkteam is null until the wijkteam answered the contact (R14). */
    public record Contact(String contactId, Instant contactOp, List<String> doelenBesproken, boolean tijdig,
                          AntwoordWijkteam antwoordWijkteam) {
    }

    /** The wijkteam's answer on the agreed goals: when, and how many goals per stand code (R14). */
    public record AntwoordWijkteam(Instant beantwoordOp, Map<String, Integer> standen) {
    }

    MonitoringOverzicht metContacten(List<Contact> contacten) {
        return new MonitoringOverzicht(monitoringId, overdrachtId, gezinId, status, overdrachtGedaanOp, gestartOp,
                uiterlijkEersteContactOp, eersteContactOp, afgerondOp, verlopenOp, contacten);
    }
}
