package nl.veiligthuis.keten.monitoring.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** R14: a handover after onderzoek starts VT monitoring. Runs inside the consumer's transaction. */
@Component
public class MonitoringStarter {

    static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";
    static final String NA_ONDERZOEK = "NA_ONDERZOEK";

    private final CommandGateway commandGateway;
    private final JsonMapper jsonMapper;

    public MonitoringStarter(CommandGateway commandGateway, JsonMapper jsonMapper) {
        this.commandGateway = commandGateway;
        this.jsonMapper = jsonMapper;
    }

    /** One monitoring per handover, also when the handover event arrives again under another id. */
    public static String monitoringId(String overdrachtId) {
        return UUID.nameUUIDFromBytes(("monitoring:" + overdrachtId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public void verwerk(KetenEvent event) {
        if (!OVERDRACHT_GEDAAN.equals(event.type())) {
            return;
        }
        JsonNode payload = jsonMapper.readTree(event.data());
        if (!NA_ONDERZOEK.equals(payload.path("route").asString(""))) {
            return;
        }
        String overdrachtId = verplicht(payload, "overdrachtId");
        Instant overdrachtGedaanOp = Instant.parse(verplicht(payload, "overdrachtGedaanOp"));
        String gezinId = payload.path("gezinId").asString(event.subject());
        // R14: the goals of the rapportage; a handover published before it carried them leaves the number unknown
        JsonNode aantalDoelen = payload.path("aantalDoelen");
        int afgesproken = aantalDoelen.isInt() && aantalDoelen.asInt() > 0 ? aantalDoelen.asInt() : 0;
        var command = new StartMonitoring(monitoringId(overdrachtId), overdrachtId, gezinId, overdrachtGedaanOp,
                afgesproken);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    private static String verplicht(JsonNode payload, String veld) {
        String waarde = payload.path(veld).asString("");
        if (waarde.isBlank()) {
            // retried, then parked on the dead-letter topic: a handover is never silently skipped (R14)
            throw new IllegalArgumentException("overdracht-gedaan without " + veld);
        }
        return waarde;
    }
}
