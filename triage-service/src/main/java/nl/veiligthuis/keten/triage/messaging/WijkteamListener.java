package nl.veiligthuis.keten.triage.messaging;

import java.time.Instant;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtProjection;
import nl.veiligthuis.keten.triage.triage.VerwerkAcceptatie;
import nl.veiligthuis.keten.triage.triage.VerwerkAfsluiting;
import nl.veiligthuis.keten.triage.triage.VerwerkTerugmelding;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What comes back from the wijkteam: an acceptance moves zicht op veiligheid to the wijkteam, a return (R9) brings
 * the case back to VT. The inbox row and the effect commit in one transaction.
 */
@Component
class WijkteamListener {

    static final String CONSUMER = "triage-service";
    static final String OVERDRACHT_GEACCEPTEERD = "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1";
    static final String ZAAK_TERUGGEMELD = "nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1";
    static final String ZAAK_AFGESLOTEN = "nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1";

    record OverdrachtGeaccepteerdV1(String zaakId, String overdrachtId, Instant geaccepteerdOp) {
    }

    record ZaakTeruggemeldV1(String zaakId, String overdrachtId, String meldingId, String route, String reden,
                             Instant teruggemeldOp) {
    }

    record ZaakAfgeslotenV1(String zaakId, String overdrachtId, String meldingId, Instant afgeslotenOp) {
    }

    private final Inbox inbox;
    private final CommandGateway commandGateway;
    private final JsonMapper json;
    private final OverdrachtProjection overdrachten;

    WijkteamListener(Inbox inbox, CommandGateway commandGateway, JsonMapper json, OverdrachtProjection overdrachten) {
        this.inbox = inbox;
        this.commandGateway = commandGateway;
        this.json = json;
        this.overdrachten = overdrachten;
    }

    @KafkaListener(id = "triage-wijkteam", idIsGroup = false, topics = KetenTopics.WIJKTEAM)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        Object command = switch (event.type()) {
            case OVERDRACHT_GEACCEPTEERD -> acceptatie(lees(event, OverdrachtGeaccepteerdV1.class));
            case ZAAK_TERUGGEMELD -> terugmelding(lees(event, ZaakTeruggemeldV1.class));
            case ZAAK_AFGESLOTEN -> afsluiting(lees(event, ZaakAfgeslotenV1.class));
            default -> null;
        };
        if (command == null || !inbox.eersteKeer(CONSUMER, event)) {
            return;
        }
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(event.commandoMetadata()));
    }

    private VerwerkAcceptatie acceptatie(OverdrachtGeaccepteerdV1 acceptatie) {
        // the handover's own projection may lag behind the wijkteam: failing here lets the retry find it
        var meldingId = overdrachten.meldingVan(acceptatie.overdrachtId())
                .orElseThrow(() -> new IllegalStateException("overdracht " + acceptatie.overdrachtId()
                        + " is (nog) niet bekend"));
        return new VerwerkAcceptatie(meldingId, acceptatie.zaakId(), acceptatie.overdrachtId(),
                acceptatie.geaccepteerdOp());
    }

    private static VerwerkAfsluiting afsluiting(ZaakAfgeslotenV1 afsluiting) {
        return new VerwerkAfsluiting(afsluiting.meldingId(), afsluiting.zaakId(), afsluiting.overdrachtId(),
                afsluiting.afgeslotenOp());
    }

    private static VerwerkTerugmelding terugmelding(ZaakTeruggemeldV1 terugmelding) {
        return new VerwerkTerugmelding(terugmelding.meldingId(), terugmelding.zaakId(), terugmelding.overdrachtId(),
                terugmelding.route(), terugmelding.reden(), terugmelding.teruggemeldOp());
    }

    private <T> T lees(KetenEvent event, Class<T> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
    }
}
