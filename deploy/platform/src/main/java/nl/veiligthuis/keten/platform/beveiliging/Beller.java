package nl.veiligthuis.keten.platform.beveiliging;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller of a protected endpoint as the token names them: subject, organisation and role (ADR 0003).
 * A controller method on a protected path takes it as a parameter. The subject is a pseudonymous id of the
 * user; it is never logged or published.
 */
public record Beller(String subject, String organisatie, String rol) {

    public static final String CLAIM_ORGANISATIE = "organisatie";
    public static final String CLAIM_ROL = "rol";

    public static Beller uit(Jwt token) {
        return new Beller(token.getSubject(), token.getClaimAsString(CLAIM_ORGANISATIE),
                token.getClaimAsString(CLAIM_ROL));
    }

    public boolean heeftRol(String gevraagd) {
        return gevraagd.equals(rol);
    }
}
