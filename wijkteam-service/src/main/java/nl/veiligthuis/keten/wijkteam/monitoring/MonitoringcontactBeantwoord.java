package nl.veiligthuis.keten.wijkteam.monitoring;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * R14: the team's answer to a monitoring contact. Goals, toelichting and medewerker stay in this event store; the
 * published form carries only the stand codes counted (D4). gemeente names the wijkteam as actor.
 */
@Revision("1")
public record MonitoringcontactBeantwoord(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                          String monitoringId, String contactId, List<StandVanDoel> doelen,
                                          @Persoonsgegeven String toelichting, Medewerker medewerker,
                                          Instant beantwoordOp) {
}
