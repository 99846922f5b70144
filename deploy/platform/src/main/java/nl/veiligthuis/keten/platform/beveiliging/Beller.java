package nl.veiligthuis.keten.platform.beveiliging;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller as the token names them: subject, organisation and role (ADR 0003, docs/security.md). A controller
 * method takes it as a parameter. The subject is a pseudonymous id of the user (for a partner system its client
 * id); it is never logged. A partner system's client-credentials token may carry scopes instead of a role; its role
 * is then {@link #PARTNERSYSTEEM}. {@code team}, optional, narrows a wijkteam's professional to the zaken of one team
 * of the organisation; without it they see the whole organisation's.
 */
public record Beller(String subject, String organisatie, String rol, Set<String> scopes, String team) {

    public static final String CLAIM_ORGANISATIE = "organisatie";
    public static final String CLAIM_ROL = "rol";
    public static final String CLAIM_SCOPE = "scope";
    public static final String CLAIM_TEAM = "team";
    public static final String PARTNERSYSTEEM = "PARTNERSYSTEEM";

    public Beller {
        scopes = Set.copyOf(scopes);
        team = team == null || team.isBlank() ? null : team.strip();
    }

    public Beller(String subject, String organisatie, String rol, Set<String> scopes) {
        this(subject, organisatie, rol, scopes, null);
    }

    public Beller(String subject, String organisatie, String rol) {
        this(subject, organisatie, rol, Set.of());
    }

    public static Beller uit(Jwt token) {
        String rol = token.getClaimAsString(CLAIM_ROL);
        return new Beller(token.getSubject(), token.getClaimAsString(CLAIM_ORGANISATIE),
                rol == null || rol.isBlank() ? PARTNERSYSTEEM : rol, scopes(token),
                token.getClaimAsString(CLAIM_TEAM));
    }

    /** The {@code scope} claim: space-separated as RFC 8693 writes it, or a list. */
    static Set<String> scopes(Jwt token) {
        Object claim = token.getClaims().get(CLAIM_SCOPE);
        if (claim instanceof String tekst) {
            return Arrays.stream(tekst.trim().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        }
        if (claim instanceof java.util.Collection<?> lijst) {
            return lijst.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /**
     * The caller of the request this thread serves, if it came with a token: for a command's actor, so that who acted
     * is the token's subject and never a name a body typed (issue 13 point 3).
     */
    public static Optional<Beller> huidige() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(uit(token.getToken())) : Optional.empty();
    }

    public boolean heeftRol(String gevraagd) {
        return gevraagd.equals(rol);
    }

    /**
     * Whether this caller sees only its own organisation's objects (issue 13 point 2): a Veilig Thuis medewerker,
     * wijkteammedewerker or teamleider. The inspecteur and the beheerder are bounded by their role's rules alone.
     */
    public boolean isBegrensd() {
        return Rol.BEGRENSD.contains(rol);
    }

    /**
     * Whether an object of this team is in the caller's scope: always without a team claim, and for an object no team
     * holds yet; names are compared without regard to case.
     */
    public boolean isVanTeam(String objectTeam) {
        return team == null || objectTeam == null || objectTeam.equalsIgnoreCase(team);
    }

    /** Whether the organisation an object names is the caller's; names are compared without regard to case. */
    public boolean isVan(String organisatie) {
        return organisatie != null && organisatie.equalsIgnoreCase(this.organisatie);
    }
}
