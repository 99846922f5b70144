package nl.veiligthuis.keten.melding.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegioIndelingTest {

    private final RegioIndeling indeling = new RegioIndeling(Map.of(
            "Veilig Thuis Utrecht", List.of("Houten", "Nieuwegein"),
            "Veilig Thuis Drenthe", List.of("Assen", "Emmen")));

    @Test
    void aMunicipalityMapsToItsRegionWhateverItsSpelling() {
        assertThat(indeling.regioVan("Houten")).contains("Veilig Thuis Utrecht");
        assertThat(indeling.regioVan(" emmen ")).contains("Veilig Thuis Drenthe");
    }

    @Test
    void anUnknownMunicipalityHasNoRegionButIsNotAnError() {
        assertThat(indeling.regioVan("Terschelling")).isEmpty();
    }

    @Test
    void aMunicipalityInTwoRegionsIsAConfigurationError() {
        assertThatThrownBy(() -> new RegioIndeling(Map.of("A", List.of("Ede"), "B", List.of("ede"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mapped to both");
    }
}
