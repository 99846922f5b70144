package nl.veiligthuis.keten.melding.gezin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HerkenningskenmerkenTest {

    private static final LocalDate GEBOREN = LocalDate.of(2017, 9, 1);

    private final Herkenningskenmerken kenmerken = new Herkenningskenmerken("test-sleutel-van-minstens-32-tekens!", false);

    @Test
    void gezinsherkenning_nameAndBirthDateMatchWhateverTheSpelling() {
        assertThat(kenmerken.naamEnGeboortedatum("  Zoë ", "van  Dijk", GEBOREN))
                .isEqualTo(kenmerken.naamEnGeboortedatum("zoe", "Van Dijk ", GEBOREN));
        assertThat(kenmerken.naamEnGeboortedatum("Zoë", "van Dijk", GEBOREN))
                .isNotEqualTo(kenmerken.naamEnGeboortedatum("Zoë", "van Dijk", GEBOREN.plusDays(1)));
    }

    @Test
    void gezinsherkenning_withoutABirthDateANameIsNoFeature() {
        assertThat(kenmerken.naamEnGeboortedatum("Zoë", "van Dijk", null)).isEmpty();
        assertThat(kenmerken.bsn(null)).isEmpty();
    }

    @Test
    void gezinsherkenning_theHashIsKeyedAndShowsNothingOfTheInput() {
        String hash = kenmerken.bsn("111222333").orElseThrow();
        assertThat(hash).hasSize(64).doesNotContain("111222333");
        assertThat(new Herkenningskenmerken("een-andere-sleutel-van-minstens-32-tekens", false).bsn("111222333"))
                .get().isNotEqualTo(hash);
        // a BSN and a name never share a hash space
        assertThat(kenmerken.bsn("111222333")).isNotEqualTo(kenmerken.naamEnGeboortedatum("111222333", "", GEBOREN));
    }

    @Test
    void gezinsherkenning_aShortKeyDoesNotStart() {
        assertThatThrownBy(() -> new Herkenningskenmerken("kort", false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issue13_theDevelopmentKeyIsUsableOnlyInDevelopmentMode() {
        String ontwikkelsleutel = "ontwikkeling-herkenningssleutel-niet-voor-echte-gegevens";
        assertThatThrownBy(() -> new Herkenningskenmerken(ontwikkelsleutel, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MELDING_HERKENNING_SLEUTEL");
        assertThatThrownBy(() -> new Herkenningskenmerken("", false)).isInstanceOf(IllegalStateException.class);
        assertThat(new Herkenningskenmerken(ontwikkelsleutel, true).bsn("111222333")).isPresent();
    }

    @Test
    void gezinsherkenning_normalisationRemovesDiacriticsCaseAndSpaces() {
        assertThat(Herkenningskenmerken.normaliseer("  Çelik  Öztürk ")).isEqualTo("celik ozturk");
    }
}
