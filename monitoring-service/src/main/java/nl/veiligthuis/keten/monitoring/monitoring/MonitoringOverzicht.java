package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;

/** The state of one monitoring; the goals discussed are shown here, but never published on a topic. */
public record MonitoringOverzicht(String monitoringId, String overdrachtId, String gezinId, MonitoringStatus status,
                                  Instant overdrachtGedaanOp, Instant gestartOp, Instant uiterlijkEersteContactOp,
                                  Instant eersteContactOp, Instant afgerondOp, Instant verlopenOp,
                                  List<Contact> contacten) {

    public record Contact(String contactId, Instant contactOp, List<String> doelenBesproken, boolean tijdig) {
    }

    MonitoringOverzicht metContacten(List<Contact> contacten) {
        return new MonitoringOverzicht(monitoringId, overdrachtId, gezinId, status, overdrachtGedaanOp, gestartOp,
                uiterlijkEersteContactOp, eersteContactOp, afgerondOp, verlopenOp, contacten);
    }
}
