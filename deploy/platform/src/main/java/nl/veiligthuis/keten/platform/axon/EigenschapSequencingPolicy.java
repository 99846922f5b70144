package nl.veiligthuis.keten.platform.axon;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/** Keys an event to the value of one record component of its payload ({@link VolgordePer}); else to its aggregate. */
public final class EigenschapSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final SequentialPerAggregatePolicy PER_AGGREGATE = SequentialPerAggregatePolicy.instance();

    private final String eigenschap;
    private final ConcurrentMap<Class<?>, Optional<Method>> accessors = new ConcurrentHashMap<>();

    public EigenschapSequencingPolicy(String eigenschap) {
        this.eigenschap = eigenschap;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload != null) {
            Optional<Method> accessor = accessors.computeIfAbsent(payload.getClass(), this::accessor);
            if (accessor.isPresent()) {
                try {
                    Object waarde = accessor.get().invoke(payload);
                    if (waarde != null) {
                        return eigenschap + ":" + waarde;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // falls back to the aggregate below
                }
            }
        }
        return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }

    private Optional<Method> accessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(eigenschap)) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return Optional.of(accessor);
            }
        }
        return Optional.empty();
    }
}
