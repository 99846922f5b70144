package nl.veiligthuis.keten.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** R21: which events hold personal data, however deep, and that one without a key holder is refused. */
class SleutelcontextTest {

    record Persoon(@Persoonsgegeven String naam) {
    }

    record Groep(List<Persoon> leden) {
    }

    record InLijst(@Sleutelhouder String gezinId, List<Persoon> leden) {
    }

    record InVerzameling(@Sleutelhouder String gezinId, Set<Persoon> leden) {
    }

    record InKaart(@Sleutelhouder String gezinId, Map<String, Persoon> leden) {
    }

    record Diep(@Sleutelhouder String gezinId, Groep groep) {
    }

    record Kringloop(String id, Kringloop volgende) {
    }

    record ZonderHouder(String gezinId, Persoon persoon) {
    }

    record Codes(String gezinId, int aantal) {
    }

    @Test
    void r21_personalDataIsFoundInListsSetsMapsAndNestedRecords() {
        assertThat(Sleutelcontext.heeftPersoonsgegevens(InLijst.class)).isTrue();
        assertThat(Sleutelcontext.heeftPersoonsgegevens(InVerzameling.class)).isTrue();
        assertThat(Sleutelcontext.heeftPersoonsgegevens(InKaart.class)).isTrue();
        assertThat(Sleutelcontext.heeftPersoonsgegevens(Diep.class)).isTrue();
        assertThat(Sleutelcontext.heeftPersoonsgegevens(Codes.class)).isFalse();
        assertThat(Sleutelcontext.heeftPersoonsgegevens(Kringloop.class)).isFalse();
        assertThat(Sleutelcontext.houderVan(new Diep("g-1", new Groep(List.of())))).isEqualTo("g-1");
        assertThat(Sleutelcontext.houderVan(new Codes("g-1", 2))).isNull();
    }

    @Test
    void r21_anEventWithPersonalDataButNoKeyHolderIsRefused() {
        assertThatThrownBy(() -> Sleutelcontext.houderVan(new ZonderHouder("g-1", new Persoon("Noor"))))
                .hasMessageContaining("@Sleutelhouder");
    }

    @Test
    void r21_manyThreadsAskingAtOnceAllGetTheFinalAnswer() {
        record Nieuw(@Sleutelhouder String gezinId, Groep groep) {
        }
        List<CompletableFuture<Boolean>> antwoorden = IntStream.range(0, 64)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> Sleutelcontext.heeftPersoonsgegevens(Nieuw.class)))
                .toList();
        assertThat(antwoorden).allSatisfy(antwoord -> assertThat(antwoord.join()).isTrue());
    }
}
