package nl.veiligthuis.keten.testinfra;

import java.net.URI;
import java.net.http.HttpRequest;
import nl.veiligthuis.keten.embedded.DevToken;

/**
 * Bearer tokens for the tests, one per role of the chain's staff (issue 13, docs/security.md), minted with the
 * development key once per test JVM and valid for 8 hours. Each has a fixed pseudonymous subject, so a test can
 * tell who acted; a test that needs a second person of the same role mints its own with {@link DevToken}.
 */
public final class Testtokens {

    public static final String VEILIG_THUIS = "Veilig Thuis Rotterdam Rijnmond";
    public static final String WIJKTEAM = "Wijkteam Vlaardingen";
    public static final String INSPECTIE = "Inspectie Gezondheidszorg en Jeugd";

    private static final String VT_MEDEWERKER = DevToken.voor(VEILIG_THUIS, "VEILIG_THUIS_MEDEWERKER", "test-vt-1");
    private static final String WIJKTEAMMEDEWERKER = DevToken.voor(WIJKTEAM, "WIJKTEAMMEDEWERKER", "test-wt-1");
    private static final String TEAMLEIDER = DevToken.voor(WIJKTEAM, "TEAMLEIDER", "test-tl-1");
    private static final String INSPECTEUR = DevToken.voor(INSPECTIE, "INSPECTEUR", "test-ins-1");
    private static final String BEHEERDER = DevToken.voor("Beheer Veilig Thuis Keten", "BEHEERDER", "test-beh-1");

    private Testtokens() {
    }

    public static String vtMedewerker() {
        return VT_MEDEWERKER;
    }

    public static String wijkteammedewerker() {
        return WIJKTEAMMEDEWERKER;
    }

    public static String teamleider() {
        return TEAMLEIDER;
    }

    public static String inspecteur() {
        return INSPECTEUR;
    }

    public static String beheerder() {
        return BEHEERDER;
    }

    /** A partner system's client-credentials token with these scopes and no role. */
    public static String partnersysteem(String organisatie, String... scopes) {
        return DevToken.voorSysteem(organisatie, scopes);
    }

    /**
     * A request builder for {@code uri} with the bearer token of the role that does this work in the chain
     * ({@link #voorWerk}). The access matrix tests check who may call what; the other tests call as that role.
     */
    public static HttpRequest.Builder verzoek(URI uri) {
        return verzoek(uri, voorWerk(uri));
    }

    /** A request builder for {@code uri} with this token. */
    public static HttpRequest.Builder verzoek(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", bearer(token));
    }

    /**
     * Whose work a request is: the beheerder's on {@code /api/v1/beheer/**} and {@code /actuator/**}; the inspecteur's
     * checks ({@code toetsing}, the timeline's verification, the access log); a teamleider's reviews of a zaak and the
     * steering information; a wijkteammedewerker's zaken and worklist (by gemeente); Veilig Thuis for the rest
     * (meldingen, triages, onderzoeken, monitoring).
     */
    public static String voorWerk(URI uri) {
        String pad = uri.getPath();
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        if (pad.startsWith("/api/v1/beheer/") || pad.startsWith("/actuator/")) {
            return BEHEERDER;
        }
        if (pad.contains("/toetsing") || pad.endsWith("/tijdlijn/verificatie")
                || pad.startsWith("/api/v1/toegangslog")) {
            return INSPECTEUR;
        }
        if (pad.startsWith("/api/v1/stuurinformatie")) {
            return TEAMLEIDER;
        }
        if (pad.startsWith("/api/v1/zaken")) {
            boolean beoordeling = pad.endsWith("/beoordeling") || pad.matches(".*/opschalingen/[^/]+/besluit");
            return beoordeling ? TEAMLEIDER : WIJKTEAMMEDEWERKER;
        }
        if (pad.equals("/api/v1/werkvoorraad") && query.contains("gemeente=")) {
            return WIJKTEAMMEDEWERKER;
        }
        return VT_MEDEWERKER;
    }

    /** The value of an {@code Authorization} header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
