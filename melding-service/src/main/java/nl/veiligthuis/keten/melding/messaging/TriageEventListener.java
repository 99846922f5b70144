package nl.veiligthuis.keten.melding.messaging;

import jakarta.validation.constraints.NotBlank;
import nl.veiligthuis.keten.melding.melding.Aanleiding;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.VerstuurTerugkoppeling;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * R6: turns the two moments of feedback on the triage topic into {@link VerstuurTerugkoppeling}: a finished triage,
 * and a handover after onderzoek. The inbox row and the melding's events commit in one transaction
 * ({@link KetenConsumer}).
 */
@Component
class TriageEventListener {

    static final String CONSUMER = "melding-terugkoppeling";
    static final String TRIAGE_AFGEROND = "nl.veilig-thuis.keten.triage.triage-afgerond.v1";
    static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";

    /**
     * The part of {@code triage-afgerond.v1} this service reads; {@code gemeente} only if a later version adds it;
     * {@code ronde} counts the decisions on the melding (absent: the first).
     */
    record TriageAfgerondV1(@NotBlank String meldingId, @NotBlank String uitkomst, String gemeente, Integer ronde) {
    }

    /** The part of {@code overdracht-gedaan.v1} this service reads; {@code gemeente} is the receiving wijkteam's. */
    record OverdrachtGedaanV1(@NotBlank String meldingId, @NotBlank String route, String gemeente,
                              String onderzoekId) {
    }

    private final KetenConsumer consumer;
    private final EventStore eventStore;
    private final Abonnement abonnement;

    TriageEventListener(KetenConsumer consumer, EventStore eventStore) {
        this.consumer = consumer;
        this.eventStore = eventStore;
        this.abonnement = Abonnement.voor(CONSUMER)
                .commando(TRIAGE_AFGEROND, TriageAfgerondV1.class, (triage, ontvangst) -> bekend(
                        new VerstuurTerugkoppeling(triage.meldingId(), Moment.NA_TRIAGE,
                                Vervolgroute.naTriage(triage.uitkomst()), triage.gemeente(),
                                Aanleiding.triageRonde(triage.ronde() == null ? 1 : triage.ronde()))))
                // a handover right after triage was told at the first moment already: only the one after onderzoek
                .commando(OVERDRACHT_GEDAAN, OverdrachtGedaanV1.class, (overdracht, ontvangst) ->
                        !"NA_ONDERZOEK".equals(overdracht.route()) ? null : bekend(new VerstuurTerugkoppeling(
                                overdracht.meldingId(), Moment.NA_ONDERZOEK, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                                overdracht.gemeente(), Aanleiding.onderzoek(overdracht.onderzoekId()))));
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = KetenTopics.TRIAGE)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }

    /** A melding this service does not know (another deployment's, or test data) gets no feedback from here. */
    private VerstuurTerugkoppeling bekend(VerstuurTerugkoppeling command) {
        return eventStore.lastSequenceNumberFor(command.meldingId()).isEmpty() ? null : command;
    }
}
