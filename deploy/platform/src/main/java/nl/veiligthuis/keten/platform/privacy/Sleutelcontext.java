package nl.veiligthuis.keten.platform.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whose key encrypts the personal data of the event being serialized: set by {@link VersleutelendeSerializer} around
 * one event, read by {@link Versleuteling} for every nested value. Outside it nothing is encrypted.
 */
final class Sleutelcontext {

    private static final ThreadLocal<String> HOUDER = new ThreadLocal<>();
    private static final ThreadLocal<Integer> VERNIETIGD = new ThreadLocal<>();
    private static final Map<Class<?>, Optional<RecordComponent>> HOUDERVELD = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Boolean> MET_PERSOONSGEGEVENS = new ConcurrentHashMap<>();

    private Sleutelcontext() {
    }

    static String huidige() {
        return HOUDER.get();
    }

    /** Set while an event is written whose data was erased before it was encrypted: see {@link #onleesbaar}. */
    static Integer vernietigdeVersie() {
        return VERNIETIGD.get();
    }

    /**
     * Runs {@code werk} so that every personal value it serializes is written unreadable, as if encrypted with the
     * destroyed key {@code versie} of its holder (the one-time rewrite of data erased while still in plaintext).
     */
    static <T> T onleesbaar(int versie, Supplier<T> werk) {
        VERNIETIGD.set(versie);
        try {
            return werk.get();
        } finally {
            VERNIETIGD.remove();
        }
    }

    static <T> T met(Object gebeurtenis, Supplier<T> werk) {
        String houder = houderVan(gebeurtenis);
        if (houder == null) {
            return werk.get();
        }
        String vorige = HOUDER.get();
        HOUDER.set(houder);
        try {
            return werk.get();
        } finally {
            if (vorige == null) {
                HOUDER.remove();
            } else {
                HOUDER.set(vorige);
            }
        }
    }

    /** The value of the event's {@link Sleutelhouder}; an event with personal data but without one is refused. */
    static String houderVan(Object gebeurtenis) {
        if (gebeurtenis == null || !heeftPersoonsgegevens(gebeurtenis.getClass())) {
            return null;
        }
        RecordComponent veld = HOUDERVELD.computeIfAbsent(gebeurtenis.getClass(), Sleutelcontext::zoekHouder)
                .orElseThrow(() -> new IllegalStateException(gebeurtenis.getClass().getName()
                        + " holds @Persoonsgegeven values but names no @Sleutelhouder: they would be stored readable"));
        try {
            Object waarde = veld.getAccessor().invoke(gebeurtenis);
            if (waarde == null) {
                throw new IllegalStateException(gebeurtenis.getClass().getName() + "." + veld.getName()
                        + " is the key holder and may not be null");
            }
            return waarde.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the key holder of " + gebeurtenis.getClass().getName(), e);
        }
    }

    /**
     * Whether a type holds personal data, in itself or in the records, lists, sets, maps and arrays it is made of.
     * Only final answers are cached: another thread never sees a half-worked one.
     */
    static boolean heeftPersoonsgegevens(Class<?> type) {
        Boolean bekend = MET_PERSOONSGEGEVENS.get(type);
        if (bekend != null) {
            return bekend;
        }
        boolean heeft = zoek(type, new HashSet<>());
        MET_PERSOONSGEGEVENS.put(type, heeft);
        return heeft;
    }

    private static boolean zoek(Class<?> type, Set<Class<?>> bezocht) {
        if (!type.isRecord() || !bezocht.add(type)) {
            return false; // a recursive type ends here, within this one search
        }
        for (RecordComponent veld : type.getRecordComponents()) {
            if (veld.isAnnotationPresent(Persoonsgegeven.class) || onderdelen(veld, bezocht)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onderdelen(RecordComponent veld, Set<Class<?>> bezocht) {
        if (veld.getGenericType() instanceof ParameterizedType samengesteld) {
            for (var argument : samengesteld.getActualTypeArguments()) {
                if (argument instanceof Class<?> soort && zoek(soort, bezocht)) {
                    return true;
                }
            }
        }
        Class<?> soort = veld.getType().isArray() ? veld.getType().getComponentType() : veld.getType();
        return zoek(soort, bezocht);
    }

    private static Optional<RecordComponent> zoekHouder(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent veld : type.getRecordComponents()) {
            if (veld.isAnnotationPresent(Sleutelhouder.class)) {
                return Optional.of(veld);
            }
        }
        return Optional.empty();
    }
}
