package nl.veiligthuis.keten.wijkteam.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 point 3: who acted is the token's subject; names only for acts stored before subjects were recorded. */
class MedewerkerTest {

    @Test
    void issue13_theSamePersonIsTheSameSubjectWhateverNameWasTyped() {
        var fatima = new Medewerker("Fatima el Amrani", null, "sub-1");
        assertThat(fatima.zelfdePersoon(new Medewerker("Joost de Vries", "010", "sub-1"))).isTrue();
        assertThat(fatima.zelfdePersoon(new Medewerker("Fatima el Amrani", null, "sub-2"))).isFalse();
    }

    @Test
    void issue13_anActStoredWithoutASubjectIsComparedByName() {
        var oud = new Medewerker("Fatima el Amrani", null);
        assertThat(oud.zelfdePersoon(new Medewerker("  fatima  EL amrani ", null, "sub-1"))).isTrue();
        assertThat(oud.zelfdePersoon(new Medewerker("Joost de Vries", null, "sub-1"))).isFalse();
    }
}
