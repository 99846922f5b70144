package nl.veiligthuis.keten.platform.privacy;

import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.HandlerInstantiator;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.jsontype.TypeIdResolver;
import tools.jackson.databind.jsontype.TypeResolverBuilder;

/**
 * Gives Axon's mappers the (de)serializers of {@link Persoonsgegeven} with this service's key store. Every Axon mapper
 * can then (de)crypt; only the event store's serializer names a holder, so only stored events are encrypted.
 */
public final class Privacyhandlers extends HandlerInstantiator {

    private final Sleutelkluis kluis;

    private Privacyhandlers(Sleutelkluis kluis) {
        this.kluis = kluis;
    }

    public static HandlerInstantiator voor(Sleutelkluis kluis) {
        return new Privacyhandlers(kluis);
    }

    @Override
    public ValueDeserializer<?> deserializerInstance(DeserializationConfig config, Annotated annotated,
                                                     Class<?> soort) {
        return soort == Ontsleuteling.class ? new Ontsleuteling(kluis, null) : null;
    }

    @Override
    public ValueSerializer<?> serializerInstance(SerializationConfig config, Annotated annotated, Class<?> soort) {
        return soort == Versleuteling.class ? new Versleuteling(kluis) : null;
    }

    @Override
    public KeyDeserializer keyDeserializerInstance(DeserializationConfig config, Annotated annotated,
                                                   Class<?> soort) {
        return null;
    }

    @Override
    public TypeResolverBuilder<?> typeResolverBuilderInstance(MapperConfig<?> config, Annotated annotated,
                                                              Class<?> soort) {
        return null;
    }

    @Override
    public TypeIdResolver typeIdResolverInstance(MapperConfig<?> config, Annotated annotated, Class<?> soort) {
        return null;
    }
}
