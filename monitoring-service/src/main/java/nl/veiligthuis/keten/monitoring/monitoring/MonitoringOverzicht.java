package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state of one monitoring. {@code aantalAfgesprokenDoelen} is 0 when the handover did not say how many goals
 * were agreed (R14); {@code doelen} then lists only the numbers discussed.
 */
public record MonitoringOverzicht(String monitoringId, String overdrachtId, String gezinId, MonitoringStatus status,
                                  Instant overdrachtGedaanOp, Instant gestartOp, Instant uiterlijkEersteContactOp,
                                  Instant eersteContactOp, Instant afgerondOp, Instant verlopenOp,
                                  int aantalAfgesprokenDoelen, List<Doel> doelen, List<Contact> contacten) {

    /** R14: an agreed goal by its number in the rapportage, and when a contact last discussed it (null: never). */
    public record Doel(int nummer, boolean besproken, Instant laatstBesprokenOp) {
    }

    /**
     * besprokenDoelen: the numbers of the goals discussed; alleDoelenBesproken is null when the number of agreed
     * goals is unknown. doelenBesproken: the free text of a contact recorded before the goals were numbered.
     * antwoordWijkteam is null until the wijkteam answered the contact (R14).
     */
    public record Contact(String contactId, Instant contactOp, List<Integer> besprokenDoelen,
                          Boolean alleDoelenBesproken, List<String> doelenBesproken, boolean tijdig,
                          AntwoordWijkteam antwoordWijkteam) {
    }

    /** The wijkteam's answer on the agreed goals: when, and how many goals per stand code (R14). */
    public record AntwoordWijkteam(Instant beantwoordOp, Map<String, Integer> standen) {
    }

    MonitoringOverzicht met(List<Doel> doelen, List<Contact> contacten) {
        return new MonitoringOverzicht(monitoringId, overdrachtId, gezinId, status, overdrachtGedaanOp, gestartOp,
                uiterlijkEersteContactOp, eersteContactOp, afgerondOp, verlopenOp, aantalAfgesprokenDoelen, doelen,
                contacten);
    }
}
