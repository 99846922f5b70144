package nl.veiligthuis.keten.platform.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.veiligthuis.keten.platform.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 (no or an invalid token) and 403 as problem+json like every other refusal, with the
 * {@code WWW-Authenticate: Bearer} header of RFC 6750. Why a token was refused stays in the header's error code,
 * not in the body.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler geweigerd = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        bearer.commence(request, response, exception);
        ProblemResponse.schrijf(request, response, probleem(HttpStatus.UNAUTHORIZED, "Niet geauthenticeerd",
                "Dit verzoek vraagt een geldig bearer-token (OAuth2 JWT) van de identity provider van de keten."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        geweigerd.handle(request, response, exception);
        ProblemResponse.schrijf(request, response, probleem(HttpStatus.FORBIDDEN, "Geen toegang",
                "Het token geeft geen toegang tot dit verzoek."));
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
