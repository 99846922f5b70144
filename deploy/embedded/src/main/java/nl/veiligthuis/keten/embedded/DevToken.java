package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens as the chain's identity provider would (ADR 0003), signed with the development key
 * pair in {@code keten-dev-jwt/}: for the tests and for trying the embedded run with curl. That private key is in
 * the repository, so a service configured with its public key ({@link #PUBLIC_KEY_LOCATION}) trusts anyone: only
 * on a developer's machine or in a test; production validates by {@code issuer-uri} or {@code jwk-set-uri}.
 *
 * <pre>
 * java -cp "deploy/keten/target/keten.jar:deploy/keten/target/lib/*" nl.veiligthuis.keten.embedded.DevToken \
 *     --organisatie "Basisschool De Regenboog" --rol SCHOOL
 * </pre>
 */
public final class DevToken {

    public static final String PUBLIC_KEY_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";
    public static final String PUBLIC_KEY_LOCATION = "classpath:keten-dev-jwt/public.pem";
    public static final String ISSUER = "urn:nl-veilig-thuis:keten:dev-idp";
    /** The audience of the development tokens, which the development mode checks. */
    public static final String AUDIENCE = "veilig-thuis-keten";
    static final Duration GELDIG = Duration.ofHours(8);

    private DevToken() {
    }

    /** A token for a user (pseudonymous subject) of {@code organisatie} in role {@code rol}, valid for 8 hours. */
    public static String voor(String organisatie, String rol) {
        return voor(organisatie, rol, "dev-" + UUID.randomUUID());
    }

    public static String voor(String organisatie, String rol, String subject) {
        Instant nu = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("organisatie", organisatie);
        claims.put("rol", rol);
        return met(geldig(claims, nu));
    }

    /** As {@link #voor(String, String, String)}, for a professional of one team of the organisation. */
    public static String voorTeam(String organisatie, String rol, String team, String subject) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("organisatie", organisatie);
        claims.put("rol", rol);
        claims.put("team", team);
        return met(geldig(claims, Instant.now()));
    }

    /** A partner system's client-credentials token: no role, only the scopes it was granted. */
    public static String voorSysteem(String organisatie, String... scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "client-" + UUID.randomUUID());
        claims.put("organisatie", organisatie);
        claims.put("scope", String.join(" ", scopes));
        return met(geldig(claims, Instant.now()));
    }

    private static Map<String, Object> geldig(Map<String, Object> claims, Instant nu) {
        claims.put("aud", AUDIENCE);
        claims.put("iat", nu.getEpochSecond());
        claims.put("exp", nu.plus(GELDIG).getEpochSecond());
        return claims;
    }

    /** A token with exactly these claims (strings and numbers), e.g. one that lacks a claim or has expired. */
    public static String met(Map<String, Object> claims) {
        String kop = base64(json(Map.of("alg", "RS256", "typ", "JWT")));
        String inhoud = base64(json(claims));
        String ondertekend = kop + "." + inhoud;
        try {
            Signature handtekening = Signature.getInstance("SHA256withRSA");
            handtekening.initSign(privateKey());
            handtekening.update(ondertekend.getBytes(StandardCharsets.US_ASCII));
            return ondertekend + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(handtekening.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    public static void main(String[] args) {
        Map<String, String> opties = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opties.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (opties.containsKey("organisatie") && opties.containsKey("scope")) {
            System.out.println(voorSysteem(opties.get("organisatie"), opties.get("scope").split("[ ,]+")));
            return;
        }
        if (!opties.containsKey("organisatie") || !opties.containsKey("rol")) {
            System.err.println("usage: DevToken --organisatie <organisatie> --rol <ROL> [--sub <pseudonymous id>]");
            System.err.println("       DevToken --organisatie <organisatie> --scope <scope>   (a partner system)");
            System.exit(2);
        }
        String subject = opties.getOrDefault("sub", "dev-" + UUID.randomUUID());
        System.out.println(voor(opties.get("organisatie"), opties.get("rol"), subject));
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try (InputStream pem = DevToken.class.getResourceAsStream("/keten-dev-jwt/private.pem")) {
            if (pem == null) {
                throw new IllegalStateException("keten-dev-jwt/private.pem is not on the classpath");
            }
            String tekst = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(tekst)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, Object> velden) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Object> veld : velden.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(tekst(veld.getKey())).append(':');
            json.append(veld.getValue() instanceof Number getal ? getal.toString() : tekst(String.valueOf(veld.getValue())));
        }
        return json.append('}').toString();
    }

    private static String tekst(String waarde) {
        StringBuilder json = new StringBuilder("\"");
        for (char teken : waarde.toCharArray()) {
            switch (teken) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (teken < 0x20) {
                        json.append(String.format("\\u%04x", (int) teken));
                    } else {
                        json.append(teken);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
