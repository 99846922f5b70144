package nl.veiligthuis.keten.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.util.TokenBufferReadContext;

/**
 * Reads on past a value that cannot be read, or a field no operation knows, while a request body is read (issue 13
 * point 8): the field is noted and left empty, so that the answer can list every invalid field at once instead of
 * stopping at the first unreadable date. Active only for a request body ({@link VolledigeInvoer} opens the list on
 * the request); everywhere else (events, Kafka) a problem stays an error as before.
 */
final class OnleesbareVelden extends DeserializationProblemHandler {

    private static final String ATTRIBUUT = OnleesbareVelden.class.getName();

    static void open() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        if (verzoek != null) {
            verzoek.setAttribute(ATTRIBUUT, new ArrayList<InvalidParam>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @SuppressWarnings("unchecked")
    static Optional<List<InvalidParam>> van() {
        RequestAttributes verzoek = RequestContextHolder.getRequestAttributes();
        return verzoek == null ? Optional.empty()
                : Optional.ofNullable((List<InvalidParam>) verzoek.getAttribute(ATTRIBUUT, RequestAttributes.SCOPE_REQUEST));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                         ValueDeserializer<?> deserializer, Object bean, String veld) {
        Optional<List<InvalidParam>> lijst = van();
        if (lijst.isEmpty()) {
            return false;
        }
        lijst.get().add(new InvalidParam(onbekendVeld(parser, deserializer, veld), "dit veld bestaat niet in deze operatie",
                "onbekend"));
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> doel, String waarde, String fout) {
        return noteer(context.getParser().streamReadContext());
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> doel, Number waarde, String fout) {
        return noteer(context.getParser().streamReadContext());
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType doel, JsonToken token,
                                        JsonParser parser, String fout) {
        // an array where one value belongs: the deserializer already stepped into it, but the field is the invalid one
        boolean inArray = parser.streamReadContext().inArray() && !doel.isContainerType();
        TokenStreamContext plaats = inArray && parser.streamReadContext().getParent() != null
                ? parser.streamReadContext().getParent() : parser.streamReadContext();
        Object resultaat = noteer(plaats);
        if (resultaat != NOT_HANDLED) {
            parser.skipChildren();
            // still inside the array the deserializer stepped into (it stood on an element, not on the array's start):
            // skip what is left of it
            if (inArray && parser.streamReadContext().inArray()) {
                while (parser.nextToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
                    parser.skipChildren();
                }
            }
        }
        return resultaat;
    }

    static Object noteer(TokenStreamContext plaats) {
        Optional<List<InvalidParam>> lijst = van();
        if (lijst.isEmpty()) {
            return NOT_HANDLED;
        }
        lijst.get().add(new InvalidParam(pad(plaats),
                "waarde kan niet gelezen worden (verkeerd type of onbekende waarde)", "onleesbaar"));
        return null;
    }

    /**
     * A record is built through its constructor: a field it does not know can be buffered and handed over once the
     * record's own fields are read. The buffer's contexts then hang under the real parser's context of that moment:
     * the record's own object (its current name one of the record's fields) or, once the record's object ended, the
     * place that holds it. Name the field from the record's place.
     */
    private static String onbekendVeld(JsonParser parser, ValueDeserializer<?> deserializer, String veld) {
        TokenStreamContext plaats = parser.streamReadContext();
        if (!(plaats instanceof TokenBufferReadContext)) {
            return pad(plaats);
        }
        TokenStreamContext echt = plaats;
        while (echt instanceof TokenBufferReadContext) {
            echt = echt.getParent();
        }
        Collection<Object> eigen = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
        boolean inRecord = echt != null && echt.currentName() != null
                && (echt.currentName().equals(veld) || eigen != null && eigen.contains(echt.currentName()));
        TokenStreamContext record = inRecord ? echt.getParent() : echt;
        String voor = record == null ? "body" : pad(record);
        return "body".equals(voor) ? veld : voor + "." + veld;
    }

    /**
     * {@code gezin.leden[1].geboortedatum}, as bean validation names a field: the parser stands on the value, so each
     * context from there up names a field (in an object) or an index (in an array).
     */
    private static String pad(TokenStreamContext plaats) {
        StringBuilder pad = new StringBuilder();
        for (TokenStreamContext c = plaats; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                pad.insert(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                pad.insert(0, "." + c.currentName());
            }
        }
        return pad.isEmpty() ? "body" : pad.substring(pad.charAt(0) == '.' ? 1 : 0);
    }
}
