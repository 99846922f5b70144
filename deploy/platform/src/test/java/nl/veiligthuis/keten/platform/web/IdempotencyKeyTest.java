package nl.veiligthuis.keten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "3f0c2a4e-8b1d-4c2e-9f6a-1b2c3d4e5f60", "key with spaces ~!@#$%^&*()"})
    void acceptsOneTo255PrintableAsciiCharacters(String waarde) {
        assertThat(new IdempotencyKey(waarde).waarde()).isEqualTo(waarde);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\there", "new\nline", "é", "\u007F", "sleutel\u0000"})
    void refusesEmptyAndNonPrintableValues(String waarde) {
        assertThatThrownBy(() -> new IdempotencyKey(waarde))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, fout ->
                        assertThat(fout.invalidParams()).singleElement()
                                .satisfies(param -> assertThat(param.name()).isEqualTo("Idempotency-Key")));
    }

    @Test
    void allowsAtMost255Characters() {
        assertThat(new IdempotencyKey("x".repeat(255)).waarde()).hasSize(255);
        assertThatThrownBy(() -> new IdempotencyKey("x".repeat(256))).isInstanceOf(OngeldigeInvoer.class);
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(OngeldigeInvoer.class);
    }
}
