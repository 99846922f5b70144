package nl.veiligthuis.keten.platform.messaging;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a service consumes integration events (issue 12 point 1, ADR 0001). Per record, in one database
 * transaction, in this order:
 * <ol>
 *   <li>decode the CloudEvent; a malformed one is {@link OngeldigCloudEventException};</li>
 *   <li>for a declared type, read the data into its payload class, ignoring fields the consumer does not know (contracts grow
 *       additively), and check its constraints; data that is not JSON of the contract or lacks a constrained field
 *       is {@link OngeldigCloudEventException}, which the error handler parks on the dead-letter topic at once (a
 *       retry would not change it); the message names the type, the event id and the fields, never a value;</li>
 *   <li>the inbox record, for every event received, declared or not: the consumer's record of what it has seen; a
 *       redelivery stops here;</li>
 *   <li>the effect: the command, sent with the event as its cause (correlation, causation and trace context), or
 *       the handler; then {@code elkType}. A command that comes out null asks nothing of this consumer: the event
 *       is recorded as handled and nothing else happens.</li>
 * </ol>
 * Any other exception rolls the whole record back, inbox record included, and the error handler retries it five
 * times and then parks it.
 */
public class KetenConsumer {

    private final Inbox inbox;
    private final JsonMapper jsonMapper;
    private final Validator validator;
    private final CommandGateway commandGateway;

    public KetenConsumer(Inbox inbox, JsonMapper jsonMapper, Validator validator, CommandGateway commandGateway) {
        this.inbox = inbox;
        this.jsonMapper = jsonMapper;
        this.validator = validator;
        this.commandGateway = commandGateway;
    }

    @Transactional
    public void verwerk(Abonnement abonnement, ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        Ontvangst ontvangst = new Ontvangst(event, record.topic(), record.partition(), record.offset());
        Optional<Abonnement.Verwerking<?>> verwerking = abonnement.verwerking(event.type());
        Runnable effect = verwerking.isPresent() ? effect(verwerking.get(), ontvangst) : () -> { };
        if (!inbox.eersteKeer(abonnement.consumer(), event)) {
            return;
        }
        effect.run();
        abonnement.elkType().ifPresent(elk -> elk.accept(ontvangst));
    }

    /** Reads and checks the payload, and makes the command, before the inbox record. */
    private <T> Runnable effect(Abonnement.Verwerking<T> verwerking, Ontvangst ontvangst) {
        T payload = lees(ontvangst.event(), verwerking.payloadType());
        if (verwerking.effect() != null) {
            return () -> verwerking.effect().accept(payload, ontvangst);
        }
        Object commando = verwerking.commando().apply(payload, ontvangst);
        if (commando == null) {
            return () -> { };
        }
        return () -> commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(commando)
                .andMetaData(ontvangst.event().commandoMetadata()));
    }

    private <T> T lees(KetenEvent event, Class<T> type) {
        ObjectReader reader = jsonMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        T payload;
        try {
            payload = reader.readValue(event.data());
        } catch (JacksonException e) {
            throw new OngeldigCloudEventException("data of " + event.type() + " " + event.id()
                    + " is not JSON of its contract");
        }
        if (payload == null) {
            throw new OngeldigCloudEventException("data of " + event.type() + " " + event.id() + " is empty");
        }
        Set<ConstraintViolation<T>> overtredingen = validator.validate(payload);
        if (!overtredingen.isEmpty()) {
            Set<String> velden = new TreeSet<>();
            overtredingen.forEach(o -> velden.add(o.getPropertyPath().toString()));
            throw new OngeldigCloudEventException("data of " + event.type() + " " + event.id()
                    + " lacks or has an invalid " + String.join(", ", velden));
        }
        return payload;
    }
}
