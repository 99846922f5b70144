package nl.veiligthuis.keten.triage.messaging;

import java.time.Instant;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.triage.triage.OpenTriage;
import nl.veiligthuis.keten.triage.triage.TriageProjection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Opens a triage for every melding received (R1). The inbox row and the triage commit in one transaction. */
@Component
class MeldingOntvangenListener {

    static final String CONSUMER = "triage-service";
    static final String MELDING_ONTVANGEN = "nl.veilig-thuis.keten.melding.melding-ontvangen.v1";

    /** The part of {@code melding-ontvangen.v1} triage-service reads. */
    record MeldingOntvangenV1(String meldingId, String gezinId, String gemeente, String regio,
                              boolean acuutOnveilig, Instant ontvangenOp) {
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
        if (!MELDING_ONTVANGEN.equals(event.type()) || !inbox.eersteKeer(CONSUMER, event)) {
            return;
        }
        var melding = json.readerFor(MeldingOntvangenV1.class)
                .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .<MeldingOntvangenV1>readValue(event.data());
        // a repeat as far as the worklist knows: meldingen in quick succession may both be seen as first ones
        var command = new OpenTriage(melding.meldingId(), melding.gezinId(), melding.gemeente(), melding.regio(),
                melding.acuutOnveilig(), melding.ontvangenOp(), triages.veiligThuisBetrokken(melding.gezinId()));
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }
}
