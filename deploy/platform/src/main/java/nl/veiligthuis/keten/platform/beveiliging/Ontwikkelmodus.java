package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The development mode ({@code keten.ontwikkelmodus=true}), which only the run command's {@code --ontwikkeling} and
 * the tests switch on: then, and only then, may a service trust tokens signed with the development key, whose
 * private half is in the repository. Outside it a service refuses to start with that key, without a key, or without
 * an audience to check, so a production deployment can never trust the development key silently (docs/security.md).
 */
public final class Ontwikkelmodus {

    public static final String EIGENSCHAP = "keten.ontwikkelmodus";

    static final String PUBLIC_KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    private static final String ONTWIKKELSLEUTEL = "keten-dev-jwt";
    private static final Logger LOG = LoggerFactory.getLogger(Ontwikkelmodus.class);

    private Ontwikkelmodus() {
    }

    public static boolean aan(Environment omgeving) {
        return omgeving.getProperty(EIGENSCHAP, Boolean.class, false);
    }

    /** Refuses a configuration that would trust the development key or any token outside development. */
    static void bewaak(Environment omgeving, boolean sleutelGeconfigureerd) {
        boolean ontwikkeling = aan(omgeving);
        String publicKey = omgeving.getProperty(PUBLIC_KEY, "");
        if (publicKey.contains(ONTWIKKELSLEUTEL) && !ontwikkeling) {
            throw new IllegalStateException("De ontwikkelsleutel (" + publicKey + ") is alleen bruikbaar in "
                    + "ontwikkelmodus (" + EIGENSCHAP + "=true, deploy/keten/run --ontwikkeling): configureer de "
                    + "identity provider met spring.security.oauth2.resourceserver.jwt.issuer-uri of jwk-set-uri");
        }
        if (!sleutelGeconfigureerd) {
            throw new IllegalStateException("Geen sleutel voor bearer-tokens: zet "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri of jwk-set-uri (en audiences), "
                    + "of start in ontwikkelmodus (deploy/keten/run --ontwikkeling)");
        }
        List<?> publiek = omgeving.getProperty("spring.security.oauth2.resourceserver.jwt.audiences", List.class,
                List.of());
        if (publiek.isEmpty()) {
            throw new IllegalStateException("Geen audience voor bearer-tokens: zet "
                    + "spring.security.oauth2.resourceserver.jwt.audiences, zodat een token voor een andere "
                    + "toepassing van dezelfde identity provider geweigerd wordt");
        }
        if (ontwikkeling) {
            LOG.warn("ONTWIKKELMODUS: tokens ondertekend met de ontwikkelsleutel uit de repository worden vertrouwd. "
                    + "Nooit met echte gegevens gebruiken.");
        }
    }
}
