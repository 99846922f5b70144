package nl.veiligthuis.keten.melding.bezorging;

import java.net.URI;

/** What the HTTP channel and the contact person's source share in how they are configured. */
final class HttpInstellingen {

    private HttpInstellingen() {
    }

    /** Outside the development mode a request that carries personal data or a token goes over https only. */
    static void vereisHttps(URI url, boolean ontwikkelmodus, String eigenschap, String waarom) {
        if (url != null && !ontwikkelmodus && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalStateException(eigenschap + " moet https zijn: " + waarom
                    + " (alleen de ontwikkelmodus staat http toe)");
        }
    }

    /** The configured Authorization header, or null when none is set. */
    static String autorisatie(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
