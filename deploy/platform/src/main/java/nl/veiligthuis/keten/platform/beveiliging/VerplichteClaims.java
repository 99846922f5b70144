package nl.veiligthuis.keten.platform.beveiliging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token must name its subject and organisation, and a role or (a partner system's) scope: without them no
 * entitlement can be decided. Refused with 401.
 */
class VerplichteClaims implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> fouten = new ArrayList<>();
        for (String claim : List.of("sub", Beller.CLAIM_ORGANISATIE)) {
            if (leeg(token.getClaimAsString(claim))) {
                fouten.add(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "claim " + claim + " ontbreekt", null));
            }
        }
        if (leeg(token.getClaimAsString(Beller.CLAIM_ROL)) && Beller.scopes(token).isEmpty()) {
            fouten.add(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "claim rol of scope ontbreekt", null));
        }
        return fouten.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(fouten);
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
