package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R14: the wijkteam's answer to a monitoring contact reaches the monitoring. Runs inside the consumer's transaction;
 * an answer it cannot place is logged and skipped, so the timeline entry of the same record is still stored.
 */
@Component
public class AntwoordWijkteam {

    static final String MONITORINGCONTACT_BEANTWOORD =
            "nl.veilig-thuis.keten.wijkteam.monitoringcontact-beantwoord.v1";
    private static final Logger LOG = LoggerFactory.getLogger(AntwoordWijkteam.class);

    private final CommandGateway commandGateway;
    private final JsonMapper jsonMapper;
    private final EventStore eventStore;

    public AntwoordWijkteam(CommandGateway commandGateway, JsonMapper jsonMapper, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.jsonMapper = jsonMapper;
        this.eventStore = eventStore;
    }

    public void verwerk(KetenEvent event) {
        if (!MONITORINGCONTACT_BEANTWOORD.equals(event.type())) {
            return;
        }
        JsonNode payload = payload(event);
        String monitoringId = payload.path("monitoringId").asString("");
        String contactId = payload.path("contactId").asString("");
        Instant beantwoordOp = moment(payload.path("beantwoordOp").asString(""));
        // a failing command would spoil the transaction, the timeline entry included: so check before sending
        if (monitoringId.isBlank() || contactId.isBlank() || beantwoordOp == null
                || eventStore.lastSequenceNumberFor(monitoringId).isEmpty()) {
            LOG.warn("Antwoord van het wijkteam uit {} overgeslagen: monitoring {} is niet bekend of het antwoord is "
                    + "onvolledig", event.id(), monitoringId);
            return;
        }
        var command = new VerwerkAntwoordWijkteam(monitoringId, contactId, payload.path("zaakId").asString(null),
                beantwoordOp, standen(payload.path("standen")));
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    private JsonNode payload(KetenEvent event) {
        try {
            JsonNode payload = jsonMapper.readTree(event.data());
            return payload == null ? jsonMapper.createObjectNode() : payload;
        } catch (JacksonException e) {
            return jsonMapper.createObjectNode();
        }
    }

    private static Map<String, Integer> standen(JsonNode standen) {
        Map<String, Integer> perStand = new LinkedHashMap<>();
        standen.properties().forEach(stand -> {
            if (stand.getValue().isInt()) {
                perStand.put(stand.getKey(), stand.getValue().asInt());
            }
        });
        return perStand;
    }

    private static Instant moment(String tekst) {
        try {
            return Instant.parse(tekst);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
