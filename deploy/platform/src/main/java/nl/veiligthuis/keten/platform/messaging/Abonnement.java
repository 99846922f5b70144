package nl.veiligthuis.keten.platform.messaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;


/**
 * What one consumer does with the integration events it reads, declared per CloudEvents type: the payload class
 * the data is read into (the consumer's own record with only the fields it needs, with Bean Validation constraints
 * on those it cannot do without) and the effect, a command or a handler. {@link KetenConsumer} applies one policy
 * to every declaration (ADR 0001). Types not declared are recorded as received and have no effect. Build it once, e.g. in the listener's
 * constructor; it is not changed afterwards.
 *
 * <pre>
 * Abonnement.voor("triage-service")
 *         .commando(MELDING_ONTVANGEN, MeldingOntvangenV1.class, (melding, ontvangst) -> new OpenTriage(…))
 *         .verwerk(MONITORING_GESTART, MonitoringGestartV1.class, (gestart, ontvangst) -> koppeling.koppel(…));
 * </pre>
 */
public final class Abonnement {

    /** The effect of one declared type; {@code payload} is the validated payload, or null for {@link #elkType}. */
    record Verwerking<T>(Class<T> payloadType, BiConsumer<T, Ontvangst> effect,
                        BiFunction<T, Ontvangst, Object> commando) {
    }

    private final String consumer;
    private final Map<String, Verwerking<?>> perType = new LinkedHashMap<>();
    private Consumer<Ontvangst> elkType;

    private Abonnement(String consumer) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /** @param consumer the name its inbox records carry; one per listener, stable across versions */
    public static Abonnement voor(String consumer) {
        return new Abonnement(consumer);
    }

    /**
     * Events of this type become the command {@code commando} makes, sent with the event as its cause
     * ({@link KetenEvent#commandoMetadata()}); null means the event asks nothing of this consumer (it is recorded as
     * handled all the same).
     */
    public <T> Abonnement commando(String type, Class<T> payload, BiFunction<T, Ontvangst, Object> commando) {
        return voegToe(type, new Verwerking<>(payload, null, Objects.requireNonNull(commando)));
    }

    /** Events of this type go to {@code effect}, inside the transaction of the inbox record. */
    public <T> Abonnement verwerk(String type, Class<T> payload, BiConsumer<T, Ontvangst> effect) {
        return voegToe(type, new Verwerking<>(payload, Objects.requireNonNull(effect), null));
    }

    /** Every event, whatever its type, goes to {@code effect} (after any declared type's effect). */
    public Abonnement elkType(Consumer<Ontvangst> effect) {
        if (elkType != null) {
            throw new IllegalStateException(consumer + ": elkType is declared once");
        }
        elkType = Objects.requireNonNull(effect);
        return this;
    }

    public String consumer() {
        return consumer;
    }

    Optional<Verwerking<?>> verwerking(String type) {
        return Optional.ofNullable(perType.get(type));
    }

    Optional<Consumer<Ontvangst>> elkType() {
        return Optional.ofNullable(elkType);
    }

    /** The declared types, in declaration order. */
    public Map<String, Class<?>> typen() {
        Map<String, Class<?>> typen = new LinkedHashMap<>();
        perType.forEach((type, verwerking) -> typen.put(type, verwerking.payloadType()));
        return Collections.unmodifiableMap(typen);
    }

    private Abonnement voegToe(String type, Verwerking<?> verwerking) {
        if (perType.putIfAbsent(Objects.requireNonNull(type, "type"), verwerking) != null) {
            throw new IllegalStateException(consumer + ": type " + type + " is declared twice");
        }
        return this;
    }
}
