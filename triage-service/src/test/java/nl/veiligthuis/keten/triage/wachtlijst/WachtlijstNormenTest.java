package nl.veiligthuis.keten.triage.wachtlijst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** R5: the network norms (triage 90 % within 5 working days, onderzoek 80 % within 10 weeks) per region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WachtlijstNormenTest {

    private AnnotationEventHandlerAdapter projectie;
    private WachtlijstNormen normen;
    private final List<Object> gebeurtenissen = new ArrayList<>();

    @BeforeAll
    void database() {
        var jdbc = TestDatabase.nieuw();
        projectie = new AnnotationEventHandlerAdapter(new WachtlijstProjection(jdbc));
        normen = new WachtlijstNormen(jdbc);
    }

    private Casus casus(String regio) {
        return Casus.in(projectie, gebeurtenissen, regio);
    }

    private Normen op(String regio, String moment) {
        return normen.perRegio(Instant.parse(moment), regio).get(regio);
    }

    private static Instant t(String moment) {
        return Instant.parse(moment);
    }

    @Test
    void r5_theTriageNormJudgesFirstRoundsCompletedInThePeriodAndOpenOnesWhoseTermPassed() {
        // R1/R5: only the first round; an open triage past its term is late already
        var regio = "regio-" + UUID.randomUUID();
        casus(regio).ontvangen(t("2026-11-02T09:00:00Z")).triageAfgerond(Uitkomst.AFSLUITEN, t("2026-11-03T09:00:00Z"));
        casus(regio).ontvangen(t("2026-11-02T09:00:00Z")).triageAfgerond(Uitkomst.AFSLUITEN, t("2026-11-12T09:00:00Z"));
        casus(regio).ontvangen(t("2026-11-16T09:00:00Z"));
        casus(regio).ontvangen(t("2026-11-27T09:00:00Z"));
        casus(regio).ontvangen(t("2025-10-01T09:00:00Z")).triageAfgerond(Uitkomst.AFSLUITEN, t("2025-10-02T09:00:00Z"));
        casus(regio).ontvangen(t("2026-10-05T09:00:00Z"))
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, t("2026-10-06T09:00:00Z"))
                .teruggemeld(t("2026-11-02T09:00:00Z"))
                .triageAfgerond(Uitkomst.AFSLUITEN, t("2026-11-20T09:00:00Z"));

        var triage = op(regio, "2026-11-30T12:00:00Z").triageBinnenVijfWerkdagen();
        assertThat(triage.aantal()).isEqualTo(4);
        assertThat(triage.binnenTermijn()).isEqualTo(2);
        assertThat(triage.aandeel()).isEqualTo(0.5);
        assertThat(triage.normGehaald()).isFalse();
        assertThat(triage.norm()).isEqualTo(0.9);
        assertThat(triage.van()).isEqualTo(t("2025-11-30T12:00:00Z"));
        assertThat(triage.tot()).isEqualTo(t("2026-11-30T12:00:00Z"));
        // before the open one's term passed (end of Monday 23 November) it was not judged yet
        assertThat(op(regio, "2026-11-23T22:59:59Z").triageBinnenVijfWerkdagen().aantal()).isEqualTo(3);
    }

    @Test
    void theShareOfHerhaalmeldingenPerRegionCountsMeldingenReceivedInThePeriod() {
        // issue 3 point 3/4: figures per region, to compare with the national ~28 %
        var regio = "regio-" + UUID.randomUUID();
        casus(regio).ontvangen(t("2026-11-02T09:00:00Z"), false, false);
        casus(regio).ontvangen(t("2026-11-03T09:00:00Z"), false, true);
        casus(regio).ontvangen(t("2026-11-04T09:00:00Z"), false, false);
        casus(regio).ontvangen(t("2026-11-05T09:00:00Z"), true, false);
        casus(regio).ontvangen(t("2025-10-01T09:00:00Z"), false, true);

        var cijfers = normen.herhaalmeldingenPerRegio(t("2026-11-30T12:00:00Z"), regio).get(regio);
        assertThat(cijfers.meldingen()).isEqualTo(4);
        assertThat(cijfers.herhaalmeldingen()).isEqualTo(1);
        assertThat(cijfers.aandeel()).isEqualTo(0.25);
        assertThat(cijfers.landelijk()).isEqualTo(0.28);
        assertThat(normen.herhaalmeldingenPerRegio(t("2026-11-03T12:00:00Z"), regio).get(regio).herhaalmeldingen())
                .isEqualTo(1);
        assertThat(normen.herhaalmeldingenPerRegio(t("2026-11-30T12:00:00Z"), "elders")).isEmpty();
    }

    @Test
    void r5_ninetyPercentMeetsTheTriageNorm() {
        // R5: the norm is met at exactly 90 %
        var regio = "regio-" + UUID.randomUUID();
        for (int i = 0; i < 9; i++) {
            casus(regio).ontvangen(t("2026-11-02T09:00:00Z"))
                    .triageAfgerond(Uitkomst.AFSLUITEN, t("2026-11-04T09:00:00Z"));
        }
        casus(regio).ontvangen(t("2026-11-02T09:00:00Z")).triageAfgerond(Uitkomst.AFSLUITEN, t("2026-11-20T09:00:00Z"));

        var triage = op(regio, "2026-11-30T12:00:00Z").triageBinnenVijfWerkdagen();
        assertThat(triage.aantal()).isEqualTo(10);
        assertThat(triage.binnenTermijn()).isEqualTo(9);
        assertThat(triage.normGehaald()).isTrue();
        var geenOnderzoek = op(regio, "2026-11-30T12:00:00Z").onderzoekBinnenTienWeken();
        assertThat(geenOnderzoek.aantal()).isZero();
        assertThat(geenOnderzoek.aandeel()).isNull();
        assertThat(geenOnderzoek.normGehaald()).isNull();
    }

    @Test
    void r5_theOnderzoekNormFollowsTheJustifiedTermAndCountsOpenOverdueOnderzoeken() {
        // R4/R5: completed within the (justified, extended) term is on time; open past the term is late now
        var regio = "regio-" + UUID.randomUUID();
        for (var start : List.of("2026-11-02T09:00:00Z", "2026-11-09T09:00:00Z", "2026-11-16T09:00:00Z")) {
            onderzoek(regio, start).onderzoekAfgerond(t(start).plusSeconds(30L * 24 * 3600));
        }
        onderzoek(regio, "2026-11-02T09:00:00Z")
                .overschrijdingGerechtvaardigd(LocalDate.of(2027, 2, 26), t("2027-01-05T09:00:00Z"))
                .onderzoekAfgerond(t("2027-02-20T09:00:00Z"));
        onderzoek(regio, "2026-10-01T09:00:00Z").onderzoekAfgerond(t("2026-12-20T09:00:00Z"));
        onderzoek(regio, "2026-12-20T09:00:00Z");
        onderzoek(regio, "2026-12-01T09:00:00Z")
                .overschrijdingGerechtvaardigd(LocalDate.of(2027, 4, 30), t("2027-01-20T09:00:00Z"));

        var voorDeTermijn = op(regio, "2027-02-28T22:00:00Z").onderzoekBinnenTienWeken();
        assertThat(voorDeTermijn.aantal()).isEqualTo(5);
        assertThat(voorDeTermijn.binnenTermijn()).isEqualTo(4);
        assertThat(voorDeTermijn.aandeel()).isEqualTo(0.8);
        assertThat(voorDeTermijn.normGehaald()).isTrue();

        // the onderzoek started 20 December passed its ten weeks at the end of 28 February
        var daarna = op(regio, "2027-03-01T12:00:00Z").onderzoekBinnenTienWeken();
        assertThat(daarna.aantal()).isEqualTo(6);
        assertThat(daarna.binnenTermijn()).isEqualTo(4);
        assertThat(daarna.normGehaald()).isFalse();
        assertThat(normen.perRegio(t("2027-03-01T12:00:00Z"), null)).containsKey(regio);
    }

    @Test
    void r5_anUnknownRegionHasNoNormsJudged() {
        var normenZonderZaken = op("regio-zonder-zaken", "2027-03-01T12:00:00Z");
        assertThat(normenZonderZaken.triageBinnenVijfWerkdagen().aantal()).isZero();
        assertThat(normenZonderZaken.triageBinnenVijfWerkdagen().normGehaald()).isNull();
    }

    private Casus onderzoek(String regio, String start) {
        return casus(regio).ontvangen(t(start).minusSeconds(24 * 3600))
                .triageAfgerond(Uitkomst.ONDERZOEK, t(start))
                .onderzoekGestart(t(start));
    }
}
