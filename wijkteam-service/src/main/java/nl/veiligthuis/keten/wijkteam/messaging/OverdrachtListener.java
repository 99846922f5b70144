package nl.veiligthuis.keten.wijkteam.messaging;

import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.messaging.OngeldigCloudEventException;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a Zaak for every handover Veilig Thuis makes, keeping the event's dataref: the handover package stays in
 * triage-service and the team fetches it there. The inbox row and the zaak's events are stored in one
 * transaction; a failure rolls both back and the platform's error handler retries, then dead-letters.
 */
@Component
public class OverdrachtListener {

    static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";

    private final Inbox inbox;
    private final JsonMapper jsonMapper;
    private final CommandGateway commandGateway;

    public OverdrachtListener(Inbox inbox, JsonMapper jsonMapper, CommandGateway commandGateway) {
        this.inbox = inbox;
        this.jsonMapper = jsonMapper;
        this.commandGateway = commandGateway;
    }

    // idIsGroup = false: the consumer group stays the service's name (spring.kafka.consumer.group-id)
    @KafkaListener(topics = KetenTopics.TRIAGE, id = "wijkteam-overdrachten", idIsGroup = false)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        if (!inbox.eersteKeer(WijkteamServiceApplication.NAAM, event)) {
            return;
        }
        if (!OVERDRACHT_GEDAAN.equals(event.type())) {
            return;
        }
        OverdrachtGedaanV1 overdracht = lees(event);
        var command = new OpenZaak(OpenZaak.zaakIdVoor(overdracht.overdrachtId()), overdracht.overdrachtId(),
                overdracht.meldingId(), overdracht.gezinId(), Route.valueOf(overdracht.route()),
                overdracht.gemeente(), overdracht.onderzoekId(), overdracht.overdrachtGedaanOp(),
                event.dataref() == null ? null : event.dataref().toString());
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    /** A payload that does not match the contract will not match on a retry either: parked at once. */
    private OverdrachtGedaanV1 lees(KetenEvent event) {
        OverdrachtGedaanV1 overdracht;
        try {
            overdracht = jsonMapper.readValue(event.data(), OverdrachtGedaanV1.class);
        } catch (JacksonException e) {
            throw new OngeldigCloudEventException("data of " + event.type() + " " + event.id() + " is not valid JSON "
                    + "of the v1 schema");
        }
        if (!overdracht.compleet() || !isRoute(overdracht.route())) {
            throw new OngeldigCloudEventException("data of " + event.type() + " " + event.id()
                    + " lacks a required field or has an unknown route");
        }
        return overdracht;
    }

    private static boolean isRoute(String route) {
        for (Route bekend : Route.values()) {
            if (bekend.name().equals(route)) {
                return true;
            }
        }
        return false;
    }
}
