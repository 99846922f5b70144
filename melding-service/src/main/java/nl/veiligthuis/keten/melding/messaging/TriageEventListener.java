package nl.veiligthuis.keten.melding.messaging;

import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.VerstuurTerugkoppeling;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * R6: turns the two moments of feedback on the triage topic into {@link VerstuurTerugkoppeling}: a finished triage,
 * and a handover after onderzoek. The inbox row and the melding's events commit in one transaction.
 */
@Component
class TriageEventListener {

    static final String CONSUMER = "melding-terugkoppeling";
    static final String TRIAGE_AFGEROND = "nl.veilig-thuis.keten.triage.triage-afgerond.v1";
    static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";

    /** The part of {@code triage-afgerond.v1} this service reads; {@code gemeente} only if a later version adds it. */
    record TriageAfgerondV1(String meldingId, String uitkomst, String gemeente) {
    }

    /** The part of {@code overdracht-gedaan.v1} this service reads; {@code gemeente} is the receiving wijkteam's. */
    record OverdrachtGedaanV1(String meldingId, String route, String gemeente) {
    }

    private final Inbox inbox;
    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final JsonMapper json;

    TriageEventListener(Inbox inbox, CommandGateway commandGateway, EventStore eventStore, JsonMapper json) {
        this.inbox = inbox;
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.json = json;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = KetenTopics.TRIAGE)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        VerstuurTerugkoppeling command = switch (event.type()) {
            case TRIAGE_AFGEROND -> naTriage(lees(event, TriageAfgerondV1.class));
            case OVERDRACHT_GEDAAN -> naOnderzoek(lees(event, OverdrachtGedaanV1.class));
            default -> null;
        };
        // a melding this service does not know (another deployment's, or test data) gets no feedback from here
        if (command == null || !inbox.eersteKeer(CONSUMER, event)
                || eventStore.lastSequenceNumberFor(command.meldingId()).isEmpty()) {
            return;
        }
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    private static VerstuurTerugkoppeling naTriage(TriageAfgerondV1 triage) {
        return new VerstuurTerugkoppeling(triage.meldingId(), Moment.NA_TRIAGE, Vervolgroute.naTriage(triage.uitkomst()),
                triage.gemeente());
    }

    /** A handover right after triage was told at the first moment already: only the one after onderzoek counts. */
    private static VerstuurTerugkoppeling naOnderzoek(OverdrachtGedaanV1 overdracht) {
        if (!"NA_ONDERZOEK".equals(overdracht.route())) {
            return null;
        }
        return new VerstuurTerugkoppeling(overdracht.meldingId(), Moment.NA_ONDERZOEK,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, overdracht.gemeente());
    }

    private <T> T lees(KetenEvent event, Class<T> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
    }
}
