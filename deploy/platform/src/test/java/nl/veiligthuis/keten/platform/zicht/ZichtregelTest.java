package nl.veiligthuis.keten.platform.zicht;

import static nl.veiligthuis.keten.platform.zicht.Zichthouder.NIEMAND;
import static nl.veiligthuis.keten.platform.zicht.Zichthouder.VEILIG_THUIS;
import static nl.veiligthuis.keten.platform.zicht.Zichthouder.WIJKTEAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R2, issue 14 point 3: one answer to who holds zicht op veiligheid for a gezin, over several meldingen and zaken. */
class ZichtregelTest {

    record Wissel(String melding, Zichthouder houder, Instant sinds) {
    }

    private static final Zichtregel<Wissel> REGEL = Zichtregel.van(Wissel::melding, Wissel::houder, Wissel::sinds);

    @Test
    void r2_nothingIsKnownWhileEveryTriageIsWithinItsTerm() {
        assertThat(REGEL.beslissend(List.of())).isEmpty();
    }

    @Test
    void r2_veiligThuisHoldsItWhileItHoldsAnyMeldingWhateverTheOrder() {
        // melding B with VT since day 1, then melding A's zaak accepted by the wijkteam on day 2
        List<Wissel> wissels = List.of(new Wissel("B", VEILIG_THUIS, dag(1)), new Wissel("A", WIJKTEAM, dag(2)));
        assertThat(REGEL.beslissend(wissels)).contains(wissels.get(0));
        // and zaak A closed safely on day 3 while VT still holds B: VT, not nobody
        List<Wissel> daarna = new ArrayList<>(wissels);
        daarna.add(new Wissel("A", NIEMAND, dag(3)));
        assertThat(REGEL.beslissend(daarna)).contains(wissels.get(0));
    }

    @Test
    void r2_theWijkteamHoldsItWhenVeiligThuisHoldsNoMeldingSinceTheEarliestAcceptance() {
        List<Wissel> wissels = List.of(new Wissel("A", VEILIG_THUIS, dag(1)), new Wissel("B", VEILIG_THUIS, dag(2)),
                new Wissel("A", WIJKTEAM, dag(3)), new Wissel("B", WIJKTEAM, dag(4)));
        assertThat(REGEL.beslissend(wissels)).contains(wissels.get(2));
    }

    @Test
    void r2_nobodyOnlyWhenEveryMeldingEndedSafelySinceTheLastEnd() {
        List<Wissel> wissels = List.of(new Wissel("A", WIJKTEAM, dag(1)), new Wissel("A", NIEMAND, dag(3)),
                new Wissel("B", WIJKTEAM, dag(2)), new Wissel("B", NIEMAND, dag(5)));
        assertThat(REGEL.beslissend(wissels)).contains(wissels.get(3));
        // a return brings the melding back to VT, whatever happened to the others
        List<Wissel> terug = List.of(new Wissel("A", WIJKTEAM, dag(1)), new Wissel("A", NIEMAND, dag(3)),
                new Wissel("B", WIJKTEAM, dag(2)), new Wissel("B", VEILIG_THUIS, dag(4)));
        assertThat(REGEL.beslissend(terug)).contains(terug.get(3));
    }

    @Test
    void r2_atAnyMomentTheAnswerFollowsFromTheChangesKnownThen() {
        // the same history read at each moment, as the inspection's bekendOp and VT's ?op= do
        List<Wissel> geschiedenis = List.of(new Wissel("A", VEILIG_THUIS, dag(1)), new Wissel("A", WIJKTEAM, dag(2)),
                new Wissel("B", VEILIG_THUIS, dag(3)), new Wissel("A", NIEMAND, dag(4)),
                new Wissel("B", WIJKTEAM, dag(5)), new Wissel("B", NIEMAND, dag(6)));
        List<Zichthouder> verwacht = List.of(VEILIG_THUIS, WIJKTEAM, VEILIG_THUIS, VEILIG_THUIS, WIJKTEAM, NIEMAND);
        for (int moment = 0; moment < geschiedenis.size(); moment++) {
            Optional<Wissel> beslissend = REGEL.beslissend(geschiedenis.subList(0, moment + 1));
            assertThat(beslissend.map(Wissel::houder)).as("dag " + (moment + 1)).contains(verwacht.get(moment));
        }
    }

    private static Instant dag(int dag) {
        return Instant.parse("2027-01-01T09:00:00Z").plusSeconds(86_400L * dag);
    }
}
