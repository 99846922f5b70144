package nl.veiligthuis.keten.platform.privacy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One erasure request erases the gezin in the whole chain (R21): the service that received it tells the others with
 * {@code gezin-gewist.v1} on {@link KetenTopics#PRIVACY}, and each destroys the gezin's keys in its own store
 * ({@link KetenwissingListener}). The message leaves through a db-scheduler task scheduled in the erasure's own
 * transaction (the outbox): it is sent only when the erasure committed, and retried until Kafka acknowledges it.
 * The CloudEvent's id is fixed when the erasure is, so a receiver drops a second delivery. A service that erases
 * because it was told does not tell again.
 */
public class Ketenwissing {

    static final String TYPE = "nl.veilig-thuis.keten.privacy.gezin-gewist.v1";
    static final String TAAK = "ketenwissing-melden";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EERSTE_PAUZE = Duration.ofSeconds(2);
    private static final Duration LANGSTE_PAUZE = Duration.ofMinutes(5);

    /** What the task carries until the message is acknowledged (db-scheduler stores it Java-serialized). */
    public record Wissingbericht(String id, String gezinId, Instant gewistOp) implements Serializable {
    }

    /** The payload of {@code privacy.gezin-gewist.v1}: an id and a moment, nothing about the gezin itself. */
    public record GezinGewistV1(@NotBlank String gezinId, @NotNull Instant gewistOp) {
    }

    private final SchedulerClient planner;
    private final OneTimeTask<Wissingbericht> taak;
    private final Clock klok;

    Ketenwissing(SchedulerClient planner, OneTimeTask<Wissingbericht> taak, Clock klok) {
        this.planner = planner;
        this.taak = taak;
        this.klok = klok;
    }

    /**
     * Tells the chain, once the current transaction commits, that this service erased the gezin. The id follows from
     * the gezin and the moment: the same erasure told again (a message read again) is dropped by every receiver.
     */
    public void meld(String gezinId, Instant gewistOp) {
        String id = UUID.nameUUIDFromBytes(("gezin-gewist|" + gezinId + "|" + gewistOp)
                .getBytes(StandardCharsets.UTF_8)).toString();
        planner.scheduleIfNotExists(taak.instance(id, new Wissingbericht(id, gezinId, gewistOp)), klok.instant());
    }

    static OneTimeTask<Wissingbericht> taak(KafkaTemplate<String, byte[]> kafka, JsonMapper json, String dienst) {
        URI bron = KetenEvent.bron(dienst);
        return Tasks.oneTime(TAAK, Wissingbericht.class)
                // retried until Kafka takes it, the pause growing to at most 5 minutes, so an erasure reaches the
                // chain soon after Kafka is back; the row in scheduled_tasks counts the failures
                .onFailure(Ketenwissing::opnieuw)
                .execute((instantie, context) -> {
                    Wissingbericht bericht = instantie.getData();
                    KetenEvent event = new KetenEvent(bericht.id(), TYPE, bron, bericht.gezinId(), bericht.gewistOp(),
                            null, bericht.id(), null, null,
                            json.writeValueAsBytes(new GezinGewistV1(bericht.gezinId(), bericht.gewistOp())));
                    verstuur(kafka, event);
                });
    }

    private static void opnieuw(ExecutionComplete mislukt, ExecutionOperations<Wissingbericht> operaties) {
        int keer = Math.min(mislukt.getExecution().consecutiveFailures, 20);
        Duration pauze = Duration.ofMillis((long) (EERSTE_PAUZE.toMillis() * Math.pow(1.5, keer)));
        operaties.reschedule(mislukt, mislukt.getTimeDone().plus(pauze.compareTo(LANGSTE_PAUZE) > 0 ? LANGSTE_PAUZE
                : pauze));
    }

    private static void verstuur(KafkaTemplate<String, byte[]> kafka, KetenEvent event) {
        try {
            kafka.send(CloudEventsKafkaCodec.encode(KetenTopics.PRIVACY, event))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while telling the chain of an erasure", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge erasure " + event.id(), e);
        }
    }
}
