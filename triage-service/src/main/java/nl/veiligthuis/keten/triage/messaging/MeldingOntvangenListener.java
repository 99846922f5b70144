package nl.veiligthuis.keten.triage.messaging;

import java.time.Instant;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.triage.triage.OpenTriage;
import nl.veiligthuis.keten.triage.triage.TriageProjection;
import nl.veiligthuis.keten.triage.triage.VerwerkGezinskoppeling;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens a triage for every melding received (R1) and follows a melding koppeled to a known gezin. The inbox row and
 * the triage commit in one transaction.
 */
@Component
class MeldingOntvangenListener {

    static final String CONSUMER = "triage-service";
    static final String MELDING_ONTVANGEN = "nl.veilig-thuis.keten.melding.melding-ontvangen.v1";
    static final String MELDING_AAN_GEZIN_GEKOPPELD = "nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1";

    /** The part of {@code melding-ontvangen.v1} triage-service reads. */
    record MeldingOntvangenV1(String meldingId, String gezinId, String gemeente, String regio,
                              boolean acuutOnveilig, Instant ontvangenOp) {
    }

    /** The part of {@code melding-aan-gezin-gekoppeld.v1} triage-service reads. */
    record MeldingAanGezinGekoppeldV1(String meldingId, String gezinId, Instant gekoppeldOp) {
    }

    private final Inbox inbox;
    private final CommandGateway commandGateway;
    private final JsonMapper json;
    private final TriageProjection triages;

    MeldingOntvangenListener(Inbox inbox, CommandGateway commandGateway, JsonMapper json, TriageProjection triages) {
        this.inbox = inbox;
        this.commandGateway = commandGateway;
        this.json = json;
        this.triages = triages;
    }

    @KafkaListener(id = "triage-meldingen", idIsGroup = false, topics = KetenTopics.MELDING)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        Object command = switch (event.type()) {
            case MELDING_ONTVANGEN -> openTriage(lees(event, MeldingOntvangenV1.class));
            case MELDING_AAN_GEZIN_GEKOPPELD -> koppeling(lees(event, MeldingAanGezinGekoppeldV1.class));
            default -> null;
        };
        if (command == null || !inbox.eersteKeer(CONSUMER, event)) {
            return;
        }
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    private OpenTriage openTriage(MeldingOntvangenV1 melding) {
        // a repeat as far as the worklist knows: meldingen in quick succession may both be seen as first ones
        return new OpenTriage(melding.meldingId(), melding.gezinId(), melding.gemeente(), melding.regio(),
                melding.acuutOnveilig(), melding.ontvangenOp(), triages.veiligThuisBetrokken(melding.gezinId()));
    }

    private static VerwerkGezinskoppeling koppeling(MeldingAanGezinGekoppeldV1 koppeling) {
        return new VerwerkGezinskoppeling(koppeling.meldingId(), koppeling.gezinId(), koppeling.gekoppeldOp());
    }

    private <T> T lees(KetenEvent event, Class<T> type) {
        return json.readerFor(type).without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(event.data());
    }
}
