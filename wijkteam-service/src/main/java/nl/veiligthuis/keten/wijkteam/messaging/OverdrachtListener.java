package nl.veiligthuis.keten.wijkteam.messaging;

import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtOntvangst;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes every handover Veilig Thuis makes to the gezin's zaak (R10, {@link OverdrachtOntvangst}): a new Zaak, or the
 * gezin's lopende one. It keeps the event's dataref: the handover package stays in triage-service and the team
 * fetches it there. The inbox row and the zaak's events are stored in one transaction
 * ({@link KetenConsumer}); a failure rolls both back and the platform's error handler retries, then dead-letters.
 */
@Component
public class OverdrachtListener {

    static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";

    private final KetenConsumer consumer;
    private final Abonnement abonnement;

    public OverdrachtListener(KetenConsumer consumer, OverdrachtOntvangst ontvangst) {
        this.consumer = consumer;
        this.abonnement = Abonnement.voor(WijkteamServiceApplication.NAAM)
                .verwerk(OVERDRACHT_GEDAAN, OverdrachtGedaanV1.class, (overdracht, bericht) -> ontvangst.ontvang(
                        new OpenZaak(OpenZaak.zaakIdVoor(overdracht.overdrachtId()), overdracht.overdrachtId(),
                                overdracht.meldingId(), overdracht.gezinId(), overdracht.route(),
                                overdracht.gemeente(), overdracht.onderzoekId(), overdracht.overdrachtGedaanOp(),
                                bericht.event().dataref() == null ? null : bericht.event().dataref().toString(),
                                overdracht.genoemdeLeden()),
                        bericht.event().commandoMetadata()));
    }

    // idIsGroup = false: the consumer group stays the service's name (spring.kafka.consumer.group-id)
    @KafkaListener(topics = KetenTopics.TRIAGE, id = "wijkteam-overdrachten", idIsGroup = false)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }
}
