package nl.veiligthuis.keten.platform.beveiliging;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Decides one {@link Toegangsregel} on the caller's token: its role, or one of its scopes. */
final class RegelToegang implements AuthorizationManager<RequestAuthorizationContext> {

    private final Toegangsregel regel;

    RegelToegang(Toegangsregel regel) {
        this.regel = regel;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authenticatie,
                                         RequestAuthorizationContext verzoek) {
        if (authenticatie.get() instanceof JwtAuthenticationToken token) {
            Beller beller = Beller.uit(token.getToken());
            return new AuthorizationDecision(regel.laatToe(beller.rol(), beller.scopes()));
        }
        return new AuthorizationDecision(false);
    }
}
