package nl.veiligthuis.keten.platform.privacy;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

/**
 * The event store's serializer, which names the holder whose key encrypts each event's personal data while that event
 * is written ({@link Sleutelcontext}). Reading needs no holder: each ciphertext names its own.
 */
public final class VersleutelendeSerializer implements Serializer {

    private final Serializer gewoon;

    private VersleutelendeSerializer(Serializer gewoon) {
        this.gewoon = gewoon;
    }

    /** The event store's serializer around Axon's own; once is enough. */
    public static Serializer omhul(Serializer serializer) {
        return serializer instanceof VersleutelendeSerializer ? serializer : new VersleutelendeSerializer(serializer);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return Sleutelcontext.met(object, () -> gewoon.serialize(object, expectedRepresentation));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return gewoon.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return gewoon.deserialize(serializedObject);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return gewoon.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return gewoon.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return gewoon.getConverter();
    }
}
