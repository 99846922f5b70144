package nl.veiligthuis.keten.platform.privacy;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Persoonsgegeven} of the event being stored as ciphertext under its holder's key: the value's JSON,
 * encrypted. Outside an event (a mapper without {@link Privacyhandlers}, or no holder) it writes the value as is.
 */
public class Versleuteling extends ValueSerializer<Object> {

    static final JsonMapper WAARDEN = JsonMapper.builder().build();

    private final Sleutelkluis kluis;

    public Versleuteling() {
        this(null);
    }

    Versleuteling(Sleutelkluis kluis) {
        this.kluis = kluis;
    }

    @Override
    public void serialize(Object waarde, JsonGenerator generator, SerializationContext context) {
        String houder = Sleutelcontext.huidige();
        if (kluis == null || houder == null) {
            context.writeValue(generator, waarde);
            return;
        }
        Integer vernietigd = Sleutelcontext.vernietigdeVersie();
        generator.writeString(vernietigd != null ? kluis.onleesbaar(houder, vernietigd)
                : kluis.versleutel(houder, WAARDEN.writeValueAsBytes(waarde)));
    }
}
