package nl.veiligthuis.keten.platform.beveiliging;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 13 points 1 and 9: the development key only in the explicit development mode; no service without a key. */
class OntwikkelmodusTest {

    private static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    @Test
    void issue13_theDevelopmentKeyOutsideTheDevelopmentModeDoesNotStart() {
        var omgeving = new MockEnvironment()
                .withProperty(Ontwikkelmodus.PUBLIC_KEY, "classpath:keten-dev-jwt/public.pem")
                .withProperty(AUDIENCES, "veilig-thuis-keten");
        assertThatThrownBy(() -> Ontwikkelmodus.bewaak(omgeving, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ontwikkelmodus");
        omgeving.setProperty(Ontwikkelmodus.EIGENSCHAP, "true");
        assertThatCode(() -> Ontwikkelmodus.bewaak(omgeving, true)).doesNotThrowAnyException();
    }

    @Test
    void issue13_withoutAKeyOrAnAudienceAServiceDoesNotStart() {
        var zonderSleutel = new MockEnvironment().withProperty(AUDIENCES, "keten");
        assertThatThrownBy(() -> Ontwikkelmodus.bewaak(zonderSleutel, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer-uri");
        var zonderPubliek = new MockEnvironment()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example/realms/keten");
        assertThatThrownBy(() -> Ontwikkelmodus.bewaak(zonderPubliek, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audience");
        zonderPubliek.setProperty(AUDIENCES, "veilig-thuis-keten");
        assertThatCode(() -> Ontwikkelmodus.bewaak(zonderPubliek, true)).doesNotThrowAnyException();
    }
}
