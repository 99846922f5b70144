package nl.veiligthuis.keten.embedded;

import java.util.Map;

/**
 * What the development mode sets in every service (the run command's {@code --ontwikkeling} and the tests): trust
 * tokens signed with the development key ({@link DevToken}) for the development audience, a development key for
 * melding-service's gezin recognition and a development master key for the keys of personal data. Each service
 * refuses these values outside the development mode
 * ({@code keten.ontwikkelmodus}), so none of them is usable in production (docs/security.md).
 */
public final class Ontwikkelconfiguratie {

    /** melding-service refuses a recognition key with this prefix outside the development mode. */
    public static final String HERKENNINGSSLEUTEL = "ontwikkeling-herkenningssleutel-niet-voor-echte-gegevens";

    /** Every service refuses a master key with this prefix outside the development mode (R21, docs/security.md). */
    public static final String HOOFDSLEUTEL = "ontwikkeling-hoofdsleutel-niet-voor-echte-gegevens";

    private Ontwikkelconfiguratie() {
    }

    public static Map<String, String> eigenschappen() {
        return Map.of(
                "keten.ontwikkelmodus", "true",
                DevToken.PUBLIC_KEY_PROPERTY, DevToken.PUBLIC_KEY_LOCATION,
                "spring.security.oauth2.resourceserver.jwt.audiences", DevToken.AUDIENCE,
                "keten.herkenning.sleutel", HERKENNINGSSLEUTEL,
                "keten.privacy.hoofdsleutel", HOOFDSLEUTEL);
    }
}
