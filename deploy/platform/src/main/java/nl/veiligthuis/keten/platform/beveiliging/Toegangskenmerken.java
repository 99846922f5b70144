package nl.veiligthuis.keten.platform.beveiliging;

/**
 * What authentication and authorisation decided about a request, kept as request attributes for the access log
 * (R20), which writes its record after Spring Security has cleared its context.
 */
public final class Toegangskenmerken {

    /** The caller's verified {@link org.springframework.security.oauth2.jwt.Jwt}, absent without a valid token. */
    public static final String TOKEN = Toegangskenmerken.class.getName() + ".token";

    /** Present when the object lies outside the caller's werkgebied: answered as unknown, logged as refused. */
    public static final String BUITEN_WERKGEBIED = Toegangskenmerken.class.getName() + ".buitenWerkgebied";

    /** The reason given for emergency access, present when it opened the object to the caller. */
    public static final String NOODTOEGANG = Toegangskenmerken.class.getName() + ".noodtoegang";

    /** The request header that asks for emergency access and says why. */
    public static final String NOODTOEGANG_HEADER = "Noodtoegang";

    private Toegangskenmerken() {
    }
}
