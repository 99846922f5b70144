package nl.veiligthuis.keten.platform.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link Persoonsgegeven}: ciphertext is decrypted with its holder's key; once that key is destroyed the
 * value reads as {@link #GEWIST} (text), an empty list, set or map, or {@code null}. A value stored before encryption (plaintext)
 * is read as it is.
 */
public class Ontsleuteling extends ValueDeserializer<Object> {

    /** What an erased text reads as: the course of the case stays, its personal data is gone (R21). */
    public static final String GEWIST = "[gewist]";

    private final Sleutelkluis kluis;
    private final JavaType type;

    public Ontsleuteling() {
        this(null, null);
    }

    Ontsleuteling(Sleutelkluis kluis, JavaType type) {
        this.kluis = kluis;
        this.type = type;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty eigenschap) {
        JavaType soort = eigenschap != null ? eigenschap.getType() : context.getContextualType();
        return new Ontsleuteling(kluis, soort);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getString().startsWith(Sleutelkluis.PREFIX)) {
            Optional<byte[]> waarde = kluis == null ? Optional.empty() : kluis.ontsleutel(parser.getString());
            return waarde.isPresent() ? Versleuteling.WAARDEN.readValue(waarde.get(), type) : vervanging();
        }
        return context.readValue(parser, type);
    }

    private Object vervanging() {
        if (type.hasRawClass(String.class)) {
            return GEWIST;
        }
        if (Set.class.isAssignableFrom(type.getRawClass())) {
            return Set.of();
        }
        if (Collection.class.isAssignableFrom(type.getRawClass())) {
            return List.of();
        }
        if (Map.class.isAssignableFrom(type.getRawClass())) {
            return Map.of();
        }
        return null;
    }
}
