package nl.veiligthuis.keten.platform.privacy;

import java.net.URI;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KafkaMessagingConfiguration;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Erases in this service a gezin another service erased on request (R21, {@link Ketenwissing}): its keys and what its
 * {@link Wisactie}s derived, in the transaction of the inbox record, with ground {@code KETEN}, and tells the chain of
 * the gezinnen that went up in it here ({@link OpgeganeGezinnen}). Its own messages it skips: it erased already. A
 * message that fails (the database away) is retried for as long as it fails, never parked: an erasure must not wait
 * for someone to replay it.
 */
public class KetenwissingListener {

    static final String GROND = "KETEN";

    private final KetenConsumer consumer;
    private final Abonnement abonnement;

    KetenwissingListener(KetenConsumer consumer, Gezinswisser wisser, Ketenwissing keten, String dienst) {
        this.consumer = consumer;
        URI eigen = KetenEvent.bron(dienst);
        this.abonnement = Abonnement.voor(dienst + "-wissingen")
                .verwerk(Ketenwissing.TYPE, Ketenwissing.GezinGewistV1.class, (gewist, ontvangst) -> {
                    if (!eigen.equals(ontvangst.event().source())) {
                        // a gezin that went up in this one only this service knows of: it tells the chain
                        wisser.wis(gewist.gezinId(), GROND).opgegaan()
                                .forEach(opgegaan -> keten.meld(opgegaan, gewist.gewistOp()));
                    }
                });
    }

    @KafkaListener(id = "${spring.application.name}-wissingen", topics = KetenTopics.PRIVACY,
            containerFactory = KafkaMessagingConfiguration.ZONDER_OPGEVEN)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }
}
