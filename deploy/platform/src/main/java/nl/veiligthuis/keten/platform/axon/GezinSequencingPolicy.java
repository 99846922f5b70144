package nl.veiligthuis.keten.platform.axon;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Keys an event to its gezin, so that the segments of a processor (on one instance or several) handle one gezin's
 * events in the order they were stored while different gezinnen run in parallel. Events without a gezin fall back to
 * their aggregate.
 * <p>
 * An event that moves its aggregate to another gezin (it carries {@code vorigGezinId}, e.g. {@code
 * MeldingAanGezinGekoppeld}) is keyed to the gezin it leaves: it is then handled after every earlier event of the
 * aggregate, which all carried that gezin, so a handler that updates the aggregate's row always finds it.
 */
public final class GezinSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final SequentialPerAggregatePolicy PER_AGGREGATE = SequentialPerAggregatePolicy.instance();

    private final ConcurrentMap<Class<?>, List<Method>> sleutels = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload != null) {
            for (Method sleutel : sleutels.computeIfAbsent(payload.getClass(), GezinSequencingPolicy::sleutels)) {
                Object gezin = lees(sleutel, payload);
                if (gezin != null) {
                    return "gezin:" + gezin;
                }
            }
        }
        return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }

    /** The accessors to try, in order: {@code vorigGezinId} first, then {@code gezinId}. */
    private static List<Method> sleutels(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        Method vorig = null;
        Method gezin = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("vorigGezinId")) {
                vorig = component.getAccessor();
            } else if (component.getName().equals("gezinId")) {
                gezin = component.getAccessor();
            }
        }
        List<Method> sleutels = new ArrayList<>();
        for (Method accessor : new Method[] {vorig, gezin}) {
            if (accessor != null) {
                accessor.setAccessible(true);
                sleutels.add(accessor);
            }
        }
        return List.copyOf(sleutels);
    }

    private static Object lees(Method accessor, Object payload) {
        try {
            return accessor.invoke(payload);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
