package nl.veiligthuis.keten.platform.beveiliging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** A token without subject, organisation or role names nobody entitlement can be decided for: 401. */
class VerplichteClaims implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<OAuth2Error> fouten = new ArrayList<>();
        for (String claim : List.of("sub", Beller.CLAIM_ORGANISATIE, Beller.CLAIM_ROL)) {
            String waarde = token.getClaimAsString(claim);
            if (waarde == null || waarde.isBlank()) {
                fouten.add(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "claim " + claim + " ontbreekt", null));
            }
        }
        return fouten.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(fouten);
    }
}
