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
 * Keys an event to the value of the first of some record components its payload carries, e.g. {@code meldingId}
 * ({@link VolgordePer}) or {@code vorigGezinId}, then {@code gezinId} ({@link GezinSequencingPolicy}); an event with
 * none of them is kept in order per aggregate.
 */
public final class EigenschapSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final SequentialPerAggregatePolicy PER_AGGREGATE = SequentialPerAggregatePolicy.instance();

    private final String sleutel;
    private final List<String> eigenschappen;
    private final ConcurrentMap<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();

    /**
     * @param sleutel       prefix of the sequence key, e.g. {@code gezin}: the key is {@code sleutel:waarde}
     * @param eigenschappen the record components to try, in order
     */
    public EigenschapSequencingPolicy(String sleutel, String... eigenschappen) {
        this.sleutel = sleutel;
        this.eigenschappen = List.of(eigenschappen);
    }

    /** Keyed per value of this one property, named after it. */
    public static EigenschapSequencingPolicy per(String eigenschap) {
        return new EigenschapSequencingPolicy(eigenschap, eigenschap);
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload != null) {
            for (Method accessor : accessors.computeIfAbsent(payload.getClass(), this::accessors)) {
                Object waarde = lees(accessor, payload);
                if (waarde != null) {
                    return sleutel + ":" + waarde;
                }
            }
        }
        return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }

    private List<Method> accessors(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<Method> gevonden = new ArrayList<>();
        for (String eigenschap : eigenschappen) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(eigenschap)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    gevonden.add(accessor);
                }
            }
        }
        return List.copyOf(gevonden);
    }

    private static Object lees(Method accessor, Object payload) {
        try {
            return accessor.invoke(payload);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
