package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KetencontroleTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void r19_anUntouchedChainIsIntact() {
        List<Opgeslagen> keten = keten(3);
        assertThat(controleer(keten, 3, keten.get(2).hash()).afwijking()).isNull();
        assertThat(controleer(List.of(), 0, null).afwijking()).isNull();
    }

    @Test
    void r19_aChangedRowIsTheFirstDeviation() {
        List<Opgeslagen> keten = keten(3);
        Opgeslagen tweede = keten.get(1);
        keten.set(1, new Opgeslagen(KetenhashTest.met(tweede.rij(), "Iets anders", 7), tweede.vorigeHash(),
                tweede.hash()));
        assertThat(controleer(keten, 3, keten.get(2).hash()).afwijking())
                .isEqualTo(new Afwijking(2, "e2", Afwijking.Reden.HASH_WIJKT_AF, "g"));
    }

    @Test
    void r19_aRemovedRowBreaksTheLinkOfTheRowAfterIt() {
        List<Opgeslagen> keten = keten(3);
        keten.remove(1);
        assertThat(controleer(keten, 3, keten.get(1).hash()).afwijking())
                .isEqualTo(new Afwijking(2, "e3", Afwijking.Reden.SCHAKEL_VERBROKEN, "g"));
    }

    @Test
    void r19_aRemovedTailOrAMissingHeadIsFoundByTheChainHead() {
        List<Opgeslagen> keten = keten(3);
        String kop = keten.get(2).hash();
        keten.remove(2);
        assertThat(controleer(keten, 3, kop).afwijking())
                .isEqualTo(new Afwijking(3, null, Afwijking.Reden.KETENKOP_WIJKT_AF, "g"));
        assertThat(controleer(keten(2), 0, null).afwijking())
                .isEqualTo(new Afwijking(1, "e1", Afwijking.Reden.KETENKOP_WIJKT_AF, "g"));
        assertThat(controleer(keten(2), 2, kop).afwijking())
                .isEqualTo(new Afwijking(2, "e2", Afwijking.Reden.KETENKOP_WIJKT_AF, "g"));
    }

    private static Ketencontrole controleer(List<Opgeslagen> keten, long kopLengte, String kopHash) {
        Ketencontrole controle = new Ketencontrole("g", kopLengte, kopHash);
        keten.forEach(o -> controle.volgende(o.rij(), o.vorigeHash(), o.hash()));
        assertThat(controle.aantal()).isEqualTo(keten.size());
        return controle;
    }

    private static List<Opgeslagen> keten(int lengte) {
        List<Opgeslagen> keten = new ArrayList<>();
        String vorige = null;
        for (int positie = 1; positie <= lengte; positie++) {
            TijdlijnRij rij = new TijdlijnRij("e" + positie, "g", "Test", "nl.veilig-thuis.keten.test.test.v1",
                    T.plusSeconds(positie), "test-service", "{\"organisatie\": \"test-service\"}", "test", null, null,
                    null, "keten.test.v1", 0, positie, T.plusSeconds(positie));
            String hash = Ketenhash.hash(rij, positie, vorige);
            keten.add(new Opgeslagen(rij, vorige, hash));
            vorige = hash;
        }
        return keten;
    }

    private record Opgeslagen(TijdlijnRij rij, String vorigeHash, String hash) {
    }
}
