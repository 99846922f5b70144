package nl.veiligthuis.keten.platform.toegangslog;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The W3C trace context of a request: the caller's trace id when it sent a valid {@code traceparent}, else a new
 * one; always a new span id for this service's part. Logboek Dataverwerkingen ties records across organisations by
 * these two.
 */
record Trace(String traceId, String spanId) {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String NUL_TRACE = "0".repeat(32);

    static Trace uit(String traceparent) {
        String traceId = null;
        if (traceparent != null) {
            var match = TRACEPARENT.matcher(traceparent.strip());
            if (match.matches() && !NUL_TRACE.equals(match.group(1))) {
                traceId = match.group(1);
            }
        }
        return new Trace(traceId == null ? willekeurig(16) : traceId, willekeurig(8));
    }

    private static String willekeurig(int bytes) {
        byte[] waarde = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(waarde);
        waarde[0] |= 1; // never all zeroes, which W3C reserves as invalid
        return HexFormat.of().formatHex(waarde);
    }
}
