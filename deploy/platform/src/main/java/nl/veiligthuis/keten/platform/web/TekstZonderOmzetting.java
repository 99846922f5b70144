package nl.veiligthuis.keten.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Text in a request body must be sent as text (issue 13 point 8): {@code "telefoon": 10} or {@code "naam": true} is an
 * invalid field, noted with every other one ({@link OnleesbareVelden}), instead of being read as {@code "10"}. Outside
 * a request body (events, Kafka) a number still reads as its text, as before.
 */
final class TekstZonderOmzetting extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL
                && token != JsonToken.VALUE_EMBEDDED_OBJECT && OnleesbareVelden.van().isPresent()) {
            if (parser.streamReadContext().inArray()) {
                // an element of a list of texts: noted as doelen[1], and the list's own reader goes on past it
                OnleesbareVelden.noteer(parser.streamReadContext());
                return null;
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        return super.deserialize(parser, context);
    }
}
