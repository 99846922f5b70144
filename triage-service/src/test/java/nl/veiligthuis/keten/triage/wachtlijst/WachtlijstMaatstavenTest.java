package nl.veiligthuis.keten.triage.wachtlijst;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.Monitoringsfrequentie;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R5: the six measures in SQL against a real PostgreSQL, fed with the aggregates' events. Every test uses its own
 * region, so they share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WachtlijstMaatstavenTest {

    // Friday 20 November 2026, 15:05 in the Netherlands: the fifth working day after it is Friday 27 November
    private static final Instant VRIJDAG = Instant.parse("2026-11-20T14:05:00Z");
    private static final Instant EINDE_27_NOVEMBER = Instant.parse("2026-11-27T23:00:00Z");

    private JdbcClient jdbc;
    private AnnotationEventHandlerAdapter projectie;
    private WachtlijstMaatstaven maatstaven;
    private Werkvoorraad werkvoorraad;
    private final List<Object> gebeurtenissen = new ArrayList<>();

    @BeforeAll
    void database() {
        jdbc = TestDatabase.nieuw();
        projectie = new AnnotationEventHandlerAdapter(new WachtlijstProjection(jdbc));
        maatstaven = new WachtlijstMaatstaven(jdbc);
        werkvoorraad = new Werkvoorraad(jdbc);
    }

    private static String regio() {
        return "regio-" + UUID.randomUUID();
    }

    private Casus casus(String regio) {
        return Casus.in(projectie, gebeurtenissen, regio);
    }

    private Maatstaven op(String regio, String moment) {
        return maatstaven.perRegio(Instant.parse(moment), regio).get(regio);
    }

    @Test
    void r5_eindeNaWerkdagenCountsLikeTheTriageTerm() {
        // R1/R5: the helper behind measures 3 and 5 is the triage term's own count
        assertThat(Werkdagen.eindeNaWerkdagen(VRIJDAG, 5)).isEqualTo(EINDE_27_NOVEMBER)
                .isEqualTo(Werkdagen.eindeVan(Werkdagen.triagetermijn(VRIJDAG)));
        assertThat(Werkdagen.eindeNaWerkdagen(Instant.parse("2027-04-22T10:00:00Z"), 5))
                .isEqualTo(Instant.parse("2027-04-30T22:00:00Z"));
        assertThat(Werkdagen.werkdagenTussen(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29))).isEqualTo(2);
        assertThat(Werkdagen.werkdagenTussen(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24))).isZero();
    }

    @Test
    void issue14_theWaitingListsCanBeReadWithAndWithoutThePolicesMutaties() {
        // 002 §3.2: mutaties huiselijk geweld are many and partly without any suspicion; the figures show both ways
        var regio = regio();
        casus(regio).ontvangenVanPolitie(VRIJDAG, "MUTATIE_HUISELIJK_GEWELD");
        casus(regio).ontvangenVanPolitie(VRIJDAG, "ZORGMELDING");
        casus(regio).ontvangen(VRIJDAG);
        Instant na = Instant.parse("2026-11-27T23:00:00Z");

        assertThat(maatstaven.perRegio(na, regio, false).get(regio).wachtOpStartTriage()).isEqualTo(3);
        assertThat(maatstaven.perRegio(na, regio, true).get(regio).wachtOpStartTriage()).isEqualTo(2);
        assertThat(maatstaven.perRegio(na, regio).get(regio).wachtOpStartTriage()).as("with, by default").isEqualTo(3);
        var normen = new WachtlijstNormen(jdbc);
        assertThat(normen.perRegio(na, regio, false).get(regio).triageBinnenVijfWerkdagen().aantal()).isEqualTo(3);
        assertThat(normen.perRegio(na, regio, true).get(regio).triageBinnenVijfWerkdagen().aantal()).isEqualTo(2);
        assertThat(normen.herhaalmeldingenPerRegio(na, regio, true).get(regio).meldingen()).isEqualTo(2);
        var dag = LocalDate.of(2026, 11, 27);
        assertThat(maatstaven.historie(regio, Map.of(dag, na), true).get(0).maatstaven().wachtOpStartTriage())
                .isEqualTo(2);
    }

    @Test
    void r5_waitingForTheStartOfTriageFlipsAtTheEndOfTheFifthWorkingDayAcrossAWeekend() {
        // R5 (1): received on a Friday, the weekend does not count; the whole fifth working day does
        var regio = regio();
        casus(regio).ontvangen(VRIJDAG);
        assertThat(op(regio, "2026-11-23T12:00:00Z").wachtOpStartTriage()).isZero();
        assertThat(op(regio, "2026-11-27T22:59:59Z").wachtOpStartTriage()).isZero();
        assertThat(op(regio, "2026-11-27T23:00:00Z").wachtOpStartTriage()).isEqualTo(1);
        assertThat(op(regio, "2026-11-27T23:00:00Z").triageLangerDanVijfWerkdagen()).isZero();
        // before receipt the melding is on no list, and its region is not reported yet
        assertThat(maatstaven.perRegio(VRIJDAG.minusSeconds(1), null)).doesNotContainKey(regio);
    }

    @Test
    void r5_aTriageRunningPastFiveWorkingDaysCountsUntilItIsCompleted() {
        // R5 (2): started on Monday, not completed by the end of the fifth working day after receipt
        var regio = regio();
        var casus = casus(regio).ontvangen(VRIJDAG).triageGestart(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(op(regio, "2026-11-27T22:59:59Z").triageLangerDanVijfWerkdagen()).isZero();
        var teLaat = op(regio, "2026-11-27T23:00:00Z");
        assertThat(teLaat.triageLangerDanVijfWerkdagen()).isEqualTo(1);
        assertThat(teLaat.wachtOpStartTriage()).isZero();
        casus.triageAfgerond(Uitkomst.AFSLUITEN, Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(op(regio, "2026-12-01T08:59:59Z").triageLangerDanVijfWerkdagen()).isEqualTo(1);
        assertThat(op(regio, "2026-12-01T09:00:00Z")).isEqualTo(Maatstaven.GEEN);
    }

    @Test
    void r5_theWaitForAnOnderzoekSkipsKerst() {
        // R5 (3): decided ONDERZOEK on Monday 21 December 2026; Kerst (Friday 25) is no working day, so the fifth
        // working day is Tuesday 29, not Monday 28
        var regio = regio();
        var casus = casus(regio).ontvangen(Instant.parse("2026-12-18T09:00:00Z"))
                .triageAfgerond(Uitkomst.ONDERZOEK, Instant.parse("2026-12-21T09:00:00Z"));
        assertThat(op(regio, "2026-12-28T23:00:00Z").wachtOpOnderzoek()).isZero();
        assertThat(op(regio, "2026-12-29T22:59:59Z").wachtOpOnderzoek()).isZero();
        assertThat(op(regio, "2026-12-29T23:00:00Z").wachtOpOnderzoek()).isEqualTo(1);
        casus.onderzoekGestart(Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(op(regio, "2027-01-04T07:59:59Z").wachtOpOnderzoek()).isEqualTo(1);
        assertThat(op(regio, "2027-01-04T08:00:00Z").wachtOpOnderzoek()).isZero();
    }

    @Test
    void r5_anOnderzoekPastTenWeeksCountsWithOrWithoutAJustifiedOverrun() {
        // R5 (4), R4: ten weeks after the start day; a justified overrun is counted, and shown as such
        var regio = regio();
        var start = Instant.parse("2026-11-20T10:00:00Z");
        var zonderReden = casus(regio).ontvangen(Instant.parse("2026-11-19T10:00:00Z"))
                .triageAfgerond(Uitkomst.ONDERZOEK, start).onderzoekGestart(start);
        casus(regio).ontvangen(Instant.parse("2026-11-19T10:00:00Z"))
                .triageAfgerond(Uitkomst.ONDERZOEK, start).onderzoekGestart(start)
                .overschrijdingGerechtvaardigd(LocalDate.of(2027, 3, 12), Instant.parse("2027-01-10T10:00:00Z"));
        assertThat(op(regio, "2027-01-29T22:59:59Z").onderzoekLangerDanTienWeken()).isZero();
        var na = op(regio, "2027-01-29T23:00:00Z");
        assertThat(na.onderzoekLangerDanTienWeken()).isEqualTo(2);
        assertThat(na.onderzoekLangerDanTienWekenGerechtvaardigd()).isEqualTo(1);
        zonderReden.onderzoekAfgerond(Instant.parse("2027-02-01T10:00:00Z"));
        assertThat(op(regio, "2027-02-02T10:00:00Z").onderzoekLangerDanTienWeken()).isEqualTo(1);
        // the extended end passed: still past ten weeks, no longer justified
        var naVerlenging = op(regio, "2027-03-12T23:00:00Z");
        assertThat(naVerlenging.onderzoekLangerDanTienWeken()).isEqualTo(1);
        assertThat(naVerlenging.onderzoekLangerDanTienWekenGerechtvaardigd()).isZero();
    }

    @Test
    void r5_theWaitForAcceptanceSkipsKoningsdag() {
        // R5 (5): handed over on Thursday 22 April 2027; Koningsdag (Tuesday 27) is no working day, so the fifth
        // working day is Friday 30 April, not Thursday 29 (summer time: midnight is 22:00 UTC)
        var regio = regio();
        var casus = casus(regio).ontvangen(Instant.parse("2027-04-20T10:00:00Z"))
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2027-04-22T10:00:00Z"));
        assertThat(op(regio, "2027-04-29T22:00:00Z").wachtOpOverdracht()).isZero();
        assertThat(op(regio, "2027-04-30T21:59:59Z").wachtOpOverdracht()).isZero();
        assertThat(op(regio, "2027-04-30T22:00:00Z").wachtOpOverdracht()).isEqualTo(1);
        casus.geaccepteerd(Instant.parse("2027-05-03T08:00:00Z"));
        assertThat(op(regio, "2027-05-03T07:59:59Z").wachtOpOverdracht()).isEqualTo(1);
        assertThat(op(regio, "2027-05-03T08:00:00Z").wachtOpOverdracht()).isZero();
    }

    @Test
    void r5_tenWeeksWithoutAcceptedHandoverCountsOnlyCasesTowardsTheLocalField() {
        // R5 (6): not triaged, or on the way to the local field; closing (AFSLUITEN) and VT-led outcomes are not
        var regio = regio();
        casus(regio).ontvangen(VRIJDAG);
        casus(regio).ontvangen(VRIJDAG).triageAfgerond(Uitkomst.AFSLUITEN, Instant.parse("2026-11-23T10:00:00Z"));
        casus(regio).ontvangen(VRIJDAG).triageAfgerond(Uitkomst.INTERVENTIE, Instant.parse("2026-11-23T10:00:00Z"));
        var overgedragen = casus(regio).ontvangen(VRIJDAG)
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2026-11-24T10:00:00Z"));
        var onderzoek = casus(regio).ontvangen(VRIJDAG)
                .triageAfgerond(Uitkomst.ONDERZOEK, Instant.parse("2026-11-24T10:00:00Z"))
                .onderzoekGestart(Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(op(regio, "2027-01-29T22:59:59Z").nietOvergedragenNaTienWeken()).isZero();
        assertThat(op(regio, "2027-01-29T23:00:00Z").nietOvergedragenNaTienWeken()).isEqualTo(3);
        overgedragen.geaccepteerd(Instant.parse("2027-02-15T09:00:00Z"));
        onderzoek.onderzoekAfgerond(Instant.parse("2027-02-10T09:00:00Z"))
                .overgedragenNaOnderzoek(Instant.parse("2027-02-12T09:00:00Z"))
                .geaccepteerd(Instant.parse("2027-02-16T09:00:00Z"));
        assertThat(op(regio, "2027-02-15T09:00:00Z").nietOvergedragenNaTienWeken()).isEqualTo(2);
        var later = op(regio, "2027-02-16T09:00:00Z");
        assertThat(later.nietOvergedragenNaTienWeken()).isEqualTo(1);
        assertThat(later.wachtOpOverdracht()).isZero();
    }

    @Test
    void r5_historyOfAPastDayIsWhatItWasThen() {
        // R5: the cases accepted since still count on the days they waited; each day is judged at its end
        var regio = regio();
        casus(regio).ontvangen(VRIJDAG)
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2026-11-24T10:00:00Z"))
                .geaccepteerd(Instant.parse("2027-02-15T09:00:00Z"));
        var nu = Instant.parse("2027-03-01T10:00:00Z");
        var dagen = historie(regio, nu, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 15),
                LocalDate.of(2027, 3, 1));
        // handed over Tuesday 24 November: the fifth working day after it is Tuesday 1 December
        assertThat(dagen.get(LocalDate.of(2026, 11, 30)).wachtOpOverdracht()).isZero();
        assertThat(dagen.get(LocalDate.of(2026, 12, 1)).wachtOpOverdracht()).isZero();
        assertThat(dagen.get(LocalDate.of(2026, 12, 2)).wachtOpOverdracht()).isEqualTo(1);
        assertThat(dagen.get(LocalDate.of(2027, 1, 29)).nietOvergedragenNaTienWeken()).isZero();
        assertThat(dagen.get(LocalDate.of(2027, 1, 29)).wachtOpOverdracht()).isEqualTo(1);
        assertThat(dagen.get(LocalDate.of(2027, 2, 15))).isEqualTo(Maatstaven.GEEN);
        assertThat(dagen.get(LocalDate.of(2027, 3, 1))).isEqualTo(Maatstaven.GEEN);
        // the day ten weeks after receipt ends at midnight: on the next day the case is on list (6)
        assertThat(historie(regio, nu, LocalDate.of(2027, 1, 30)).get(LocalDate.of(2027, 1, 30))
                .nietOvergedragenNaTienWeken()).isEqualTo(1);
        assertThat(maatstaven.historie(regio, momenten(nu, LocalDate.of(2027, 3, 1))).get(0).op()).isEqualTo(nu);
    }

    @Test
    void r5_aReturnPutsTheCaseBackForTriageFromTheReturn() {
        // R5, R9: the returned case waits for a new triage with its own five working days from the return; the
        // ten weeks of (6) still run from the original receipt; the days before the return stay as they were
        var regio = regio();
        var casus = casus(regio).ontvangen(Instant.parse("2026-11-02T09:00:00Z"))
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2026-11-03T09:00:00Z"))
                .geaccepteerd(Instant.parse("2026-11-05T09:00:00Z"))
                .teruggemeld(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(op(regio, "2026-11-10T12:00:00Z")).isEqualTo(Maatstaven.GEEN);
        assertThat(op(regio, "2026-11-23T22:59:59Z").wachtOpStartTriage()).isZero();
        assertThat(op(regio, "2026-11-23T23:00:00Z").wachtOpStartTriage()).isEqualTo(1);
        assertThat(op(regio, "2027-01-11T23:00:00Z").nietOvergedragenNaTienWeken()).isEqualTo(1);

        var zaken = werkvoorraad.open(regio, Instant.parse("2026-11-17T12:00:00Z"));
        assertThat(zaken).singleElement().satisfies(zaak -> {
            assertThat(zaak.fase()).isEqualTo(Fase.TERUGGEMELD);
            assertThat(zaak.aantalTerugmeldingen()).isEqualTo(1);
            assertThat(zaak.wachtSinds()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
            assertThat(zaak.termijnEinde()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
            assertThat(zaak.werkdagenWachtend()).isEqualTo(1);
            assertThat(zaak.monitoringsfrequentie()).isEqualTo(Monitoringsfrequentie.WEKELIJKS);
        });

        // the new decision hands it over again: the second handover waits for acceptance on its own
        casus.triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2026-11-18T09:00:00Z"));
        assertThat(op(regio, "2026-11-23T23:00:00Z")).isEqualTo(Maatstaven.GEEN);
        assertThat(op(regio, "2026-11-25T23:00:00Z").wachtOpOverdracht()).isEqualTo(1);
        assertThat(werkvoorraad.open(regio, Instant.parse("2026-11-19T12:00:00Z")))
                .singleElement().extracting(WerkvoorraadZaak::fase).isEqualTo(Fase.WACHT_OP_ACCEPTATIE);
        // a day between acceptance and return: nothing was waiting then
        assertThat(historie(regio, Instant.parse("2026-12-01T00:00:00Z"), LocalDate.of(2026, 11, 10))
                .get(LocalDate.of(2026, 11, 10))).isEqualTo(Maatstaven.GEEN);
    }

    @Test
    void r5_theWorklistPutsAcuutFirstThenTheEarliestTermAndEveryWaitingCaseHasAMonitoringFrequency() {
        // R5: acuut onveilig is actionable at once; every waiting case has a monitoring frequency
        var regio = regio();
        var later = casus(regio).ontvangen(Instant.parse("2026-11-24T09:00:00Z"));
        var eerder = casus(regio).ontvangen(Instant.parse("2026-11-20T09:00:00Z")).triageGestart(
                Instant.parse("2026-11-23T09:00:00Z"));
        var acuut = casus(regio).ontvangen(Instant.parse("2026-11-25T09:00:00Z"), true);
        var onderzoek = casus(regio).ontvangen(Instant.parse("2026-11-10T09:00:00Z"))
                .triageAfgerond(Uitkomst.ONDERZOEK, Instant.parse("2026-11-11T09:00:00Z"))
                .onderzoekGestart(Instant.parse("2026-11-11T09:00:00Z"));
        casus(regio).ontvangen(Instant.parse("2026-11-10T09:00:00Z"))
                .triageAfgerond(Uitkomst.AFSLUITEN, Instant.parse("2026-11-11T09:00:00Z"));

        var zaken = werkvoorraad.open(regio, Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(zaken).extracting(WerkvoorraadZaak::meldingId)
                .containsExactly(acuut.meldingId, eerder.meldingId, later.meldingId, onderzoek.meldingId);
        assertThat(zaken).extracting(WerkvoorraadZaak::fase)
                .containsExactly(Fase.WACHT_OP_TRIAGE, Fase.IN_TRIAGE, Fase.WACHT_OP_TRIAGE, Fase.IN_ONDERZOEK);
        assertThat(zaken).extracting(WerkvoorraadZaak::prioriteit).containsExactly(WerkvoorraadZaak.Prioriteit.SPOED,
                WerkvoorraadZaak.Prioriteit.REGULIER, WerkvoorraadZaak.Prioriteit.REGULIER,
                WerkvoorraadZaak.Prioriteit.REGULIER);
        assertThat(zaken).allSatisfy(zaak -> assertThat(zaak.monitoringsfrequentie()).isNotNull());
        assertThat(zaken.get(0).monitoringsfrequentie()).isEqualTo(Monitoringsfrequentie.DAGELIJKS);
        assertThat(zaken.get(1).termijnEinde()).isEqualTo(EINDE_27_NOVEMBER);
        assertThat(zaken.get(3).termijnEinde()).isEqualTo(Instant.parse("2027-01-20T23:00:00Z"));
    }

    @Test
    void r5_aReplayRebuildsTheSameHistoryAndARedeliveryChangesNothing() {
        // R5: no snapshots: reset and replay give the same rows, so the history survives a rebuild
        var eigenJdbc = TestDatabase.nieuw();
        var eigenProjectie = new AnnotationEventHandlerAdapter(new WachtlijstProjection(eigenJdbc));
        var eigenMaatstaven = new WachtlijstMaatstaven(eigenJdbc);
        List<Object> log = new ArrayList<>();
        var regio = regio();
        Casus.in(eigenProjectie, log, regio).ontvangen(VRIJDAG).triageGestart(Instant.parse("2026-11-30T09:00:00Z"))
                .triageAfgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Instant.parse("2026-12-01T09:00:00Z"))
                .teruggemeld(Instant.parse("2026-12-10T09:00:00Z"));
        var momenten = momenten(Instant.parse("2027-03-01T00:00:00Z"), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 17),
                LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 30));
        var voor = eigenMaatstaven.historie(regio, momenten);

        log.forEach(gebeurtenis -> Casus.voerIn(eigenProjectie, gebeurtenis));
        assertThat(eigenMaatstaven.historie(regio, momenten)).isEqualTo(voor);
        eigenProjectie.prepareReset();
        assertThat(eigenMaatstaven.perRegio(Instant.parse("2027-03-01T00:00:00Z"), null)).isEmpty();
        log.forEach(gebeurtenis -> Casus.voerIn(eigenProjectie, gebeurtenis));
        assertThat(eigenMaatstaven.historie(regio, momenten)).isEqualTo(voor);
        assertThat(voor).extracting(dag -> dag.maatstaven().wachtOpStartTriage()).containsExactly(0, 1, 0, 0, 1, 1);
        assertThat(voor.get(5).maatstaven().nietOvergedragenNaTienWeken()).isEqualTo(1);
    }

    private Map<LocalDate, Maatstaven> historie(String regio, Instant nu, LocalDate... dagen) {
        var resultaat = new LinkedHashMap<LocalDate, Maatstaven>();
        maatstaven.historie(regio, momenten(nu, dagen)).forEach(dag -> resultaat.put(dag.dag(), dag.maatstaven()));
        return resultaat;
    }

    private static Map<LocalDate, Instant> momenten(Instant nu, LocalDate... dagen) {
        var momenten = new LinkedHashMap<LocalDate, Instant>();
        for (var dag : dagen) {
            var einde = WachtlijstController.laatsteMomentVan(dag);
            momenten.put(dag, einde.isAfter(nu) ? nu : einde);
        }
        return momenten;
    }
}
