package nl.veiligthuis.keten.monitoring.monitoring;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * {@code tijdig} is false for a contact after the term passed: recorded, but the monitoring stays verlopen.
 * {@code besprokenDoelen}: the numbers of the agreed goals discussed (R14), ascending and distinct;
 * {@code alleDoelenBesproken} is null when the number of agreed goals is unknown. Contacts stored before the goals
 * were numbered have these null and name the goals in {@code doelenBesproken}, free text that never leaves this
 * service; it is empty since.
 */
@Revision("1")
public record MonitoringContactVastgelegd(String monitoringId, @Sleutelhouder String gezinId, String contactId,
                                          Instant contactOp, @Persoonsgegeven List<String> doelenBesproken,
                                          Medewerker medewerker, Instant vastgelegdOp, boolean tijdig,
                                          List<Integer> besprokenDoelen, Boolean alleDoelenBesproken,
                                          Integer aantalAfgesprokenDoelen) {

    public int aantalBesproken() {
        return besprokenDoelen != null ? besprokenDoelen.size()
                : doelenBesproken == null ? 0 : doelenBesproken.size();
    }
}
