package nl.veiligthuis.keten.platform.projectie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

// R19: a rebuilt projection is compared with the one before, gezin by gezin
class HerbouwvergelijkingTest {

    @Test
    void r19_equalDigestsAreEqual() {
        var vergelijking = Herbouwvergelijking.van(Map.of("g1", "a", "g2", "b"), Map.of("g2", "b", "g1", "a"), Set.of());

        assertThat(vergelijking.gelijk()).isTrue();
        assertThat(vergelijking.gezinnen()).isEqualTo(2);
        assertThat(vergelijking.gelijkeGezinnen()).isEqualTo(2);
        assertThat(vergelijking.afwijkendeGezinnen()).isEmpty();
        assertThat(vergelijking.toelichting()).isNull();
    }

    @Test
    void r19_aChangedMissingOrExtraGezinDeviates() {
        var vergelijking = Herbouwvergelijking.van(Map.of("g1", "a", "g2", "b", "g3", "c"),
                Map.of("g1", "a", "g2", "x", "g4", "d"), Set.of());

        assertThat(vergelijking.gelijk()).isFalse();
        assertThat(vergelijking.gezinnen()).isEqualTo(4);
        assertThat(vergelijking.afwijkend()).isEqualTo(3);
        assertThat(vergelijking.afwijkendeGezinnen()).containsExactly("g2", "g3", "g4");
    }

    @Test
    void r19_aGezinWithNewEventsDiffersLegitimately() {
        var vergelijking = Herbouwvergelijking.van(Map.of("g1", "a", "g2", "b"), Map.of("g1", "a", "g2", "b2", "g3", "c"),
                Set.of("g2", "g3", "g9"));

        assertThat(vergelijking.gelijk()).isTrue();
        assertThat(vergelijking.afwijkend()).isZero();
        assertThat(vergelijking.bijgewerktTijdensHerbouw()).isEqualTo(2);
        assertThat(vergelijking.bijgewerkteGezinnen()).containsExactly("g2", "g3");
    }

    @Test
    void r19_withoutAMappingToGezinnenEveryDifferenceDeviatesAndTheLimitIsSaid() {
        var vergelijking = Herbouwvergelijking.van(Map.of("g1", "a"), Map.of("g1", "b"), null);

        assertThat(vergelijking.gelijk()).isFalse();
        assertThat(vergelijking.afwijkendeGezinnen()).containsExactly("g1");
        assertThat(vergelijking.toelichting()).isEqualTo(Herbouwvergelijking.ZONDER_BIJGEWERKT);
    }

    @Test
    void r19_atMostAHundredDeviatingGezinnenAreListedButAllAreCounted() {
        Map<String, String> voor = IntStream.range(0, 250).boxed()
                .collect(Collectors.toMap(i -> "g%03d".formatted(i), i -> "a"));
        var vergelijking = Herbouwvergelijking.van(voor, Map.of(), Set.of());

        assertThat(vergelijking.afwijkend()).isEqualTo(250);
        assertThat(vergelijking.afwijkendeGezinnen()).hasSize(Herbouwvergelijking.MAX_GETOOND)
                .startsWith("g000", "g001");
    }
}
