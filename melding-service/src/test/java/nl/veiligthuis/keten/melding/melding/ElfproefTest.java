package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElfproefTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void gezinsherkenning_aBsnPassingTheElfproefIsValid(String bsn) {
        assertThat(Elfproef.Validator.isBsn(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "123456789", "12345678", "1234567820", "12345678a", " 11122233", "000000000"})
    void gezinsherkenning_anythingElseIsNoBsn(String bsn) {
        assertThat(Elfproef.Validator.isBsn(bsn)).isFalse();
    }

    @Test
    void gezinsherkenning_noBsnIsAllowed() {
        assertThat(new Elfproef.Validator().isValid(null, null)).isTrue();
    }
}
