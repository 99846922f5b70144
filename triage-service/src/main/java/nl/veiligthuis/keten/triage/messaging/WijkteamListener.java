package nl.veiligthuis.keten.triage.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtProjection;
import nl.veiligthuis.keten.triage.triage.VerwerkAcceptatie;
import nl.veiligthuis.keten.triage.triage.VerwerkAfsluiting;
import nl.veiligthuis.keten.triage.triage.VerwerkTerugmelding;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What comes back from the wijkteam: an acceptance moves zicht op veiligheid to the wijkteam, a return (R9) brings
 * the case back to VT, a closing ends it. The inbox row and the effect commit in one transaction
 * ({@link KetenConsumer}).
 */
@Component
class WijkteamListener {

    static final String CONSUMER = "triage-service";
    static final String OVERDRACHT_GEACCEPTEERD = "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1";
    static final String ZAAK_TERUGGEMELD = "nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1";
    static final String ZAAK_AFGESLOTEN = "nl.veilig-thuis.keten.wijkteam.zaak-afgesloten.v1";

    /** {@code team}: absent from acceptances published before it was added. */
    record OverdrachtGeaccepteerdV1(@NotBlank String zaakId, @NotBlank String overdrachtId,
                                    @NotNull Instant geaccepteerdOp, String team) {
    }

    record ZaakTeruggemeldV1(@NotBlank String zaakId, @NotBlank String overdrachtId, @NotBlank String meldingId,
                             String route, String reden, @NotNull Instant teruggemeldOp) {
    }

    record ZaakAfgeslotenV1(@NotBlank String zaakId, @NotBlank String overdrachtId, @NotBlank String meldingId,
                            @NotNull Instant afgeslotenOp) {
    }

    private final KetenConsumer consumer;
    private final Abonnement abonnement;

    WijkteamListener(KetenConsumer consumer, OverdrachtProjection overdrachten) {
        this.consumer = consumer;
        this.abonnement = Abonnement.voor(CONSUMER)
                .commando(OVERDRACHT_GEACCEPTEERD, OverdrachtGeaccepteerdV1.class, (acceptatie, ontvangst) -> {
                    // the handover's own projection may lag behind the wijkteam: failing here lets the retry find it
                    var meldingId = overdrachten.meldingVan(acceptatie.overdrachtId())
                            .orElseThrow(() -> new IllegalStateException("overdracht " + acceptatie.overdrachtId()
                                    + " is (nog) niet bekend"));
                    return new VerwerkAcceptatie(meldingId, acceptatie.zaakId(), acceptatie.overdrachtId(),
                            acceptatie.geaccepteerdOp(), acceptatie.team());
                })
                .commando(ZAAK_TERUGGEMELD, ZaakTeruggemeldV1.class, (terugmelding, ontvangst) ->
                        new VerwerkTerugmelding(terugmelding.meldingId(), terugmelding.zaakId(),
                                terugmelding.overdrachtId(), terugmelding.route(), terugmelding.reden(),
                                terugmelding.teruggemeldOp()))
                .commando(ZAAK_AFGESLOTEN, ZaakAfgeslotenV1.class, (afsluiting, ontvangst) ->
                        new VerwerkAfsluiting(afsluiting.meldingId(), afsluiting.zaakId(), afsluiting.overdrachtId(),
                                afsluiting.afgeslotenOp()));
    }

    @KafkaListener(id = "triage-wijkteam", idIsGroup = false, topics = KetenTopics.WIJKTEAM)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }
}
