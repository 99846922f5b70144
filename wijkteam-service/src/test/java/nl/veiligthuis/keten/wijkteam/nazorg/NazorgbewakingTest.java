package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.afsluiting.AfsluitingVoorgesteld;
import nl.veiligthuis.keten.wijkteam.afsluiting.BeoordeelAfsluiting;
import nl.veiligthuis.keten.wijkteam.afsluiting.AfsluitingBeoordeeld;
import nl.veiligthuis.keten.wijkteam.afsluiting.StelAfsluitingVoor;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.intake.GesprekVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.intake.VeiligheidsinschattingVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.intake.ZrmDomein;
import nl.veiligthuis.keten.wijkteam.intake.ZrmMoment;
import nl.veiligthuis.keten.wijkteam.intake.ZrmVastgelegd;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Issue 14 point 7 (001 §6.2): nazorg agreed at closing, checked after, and a term without a check a signal. */
class NazorgbewakingTest {

    // 10 May 2027, 11:00 in the Netherlands
    private static final Instant NU = Instant.parse("2027-05-10T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2027-05-10");
    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String GEZIN = "gezin-1";
    private static final String GEMEENTE = "Vlaardingen";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Medewerker TEAMLEIDER = new Medewerker("Ria Vermeulen", null);
    private static final Nazorg NAZORG = new Nazorg(NazorgDoor.CASUSREGISSEUR, null, LocalDate.parse("2027-08-10"));
    private static final Nazorg DOOR_WIJKTEAM = new Nazorg(NazorgDoor.WIJKTEAM, null, LocalDate.parse("2027-08-10"));
    private static final String BEVINDING = "Moeder gebeld; geen nieuwe incidenten";

    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r16_issue14_theApprovedNazorgClosesWithTheZaakAndItsLastDayIsScheduled() {
        fixture.given(afsluitbaar(voorstel(DOOR_WIJKTEAM)))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectEvents(new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, GEMEENTE, Beoordeling.GOEDGEKEURD, null,
                                TEAMLEIDER, NU),
                        new ZaakAfgesloten(ZAAK_ID, GEZIN, GEMEENTE, Uitkomst.ZELFSTANDIG_VERDER, null, List.of(),
                                List.of(), NU, "overdracht-1", "melding-1", DOOR_WIJKTEAM))
                // the end of its last day in the Netherlands: 11 August 00:00 (summer time)
                .expectScheduledDeadlineWithName(Instant.parse("2027-08-10T22:00:00Z"), Nazorgbewaking.TERMIJN);
    }

    @Test
    void r16_issue14_withoutAProposedNazorgTheWijkteamWatchesThreeMonthsFromTheApproval() {
        // this zaak has no casusregisseur: the wijkteam watches
        fixture.given(afsluitbaar(voorstel(null)))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectEvents(new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, GEMEENTE, Beoordeling.GOEDGEKEURD, null,
                                TEAMLEIDER, NU),
                        new ZaakAfgesloten(ZAAK_ID, GEZIN, GEMEENTE, Uitkomst.ZELFSTANDIG_VERDER, null, List.of(),
                                List.of(), NU, "overdracht-1", "melding-1",
                                new Nazorg(NazorgDoor.WIJKTEAM, null, LocalDate.parse("2027-08-10"))));
    }

    @Test
    void r16_issue14_aNazorgThatEndedBeforeTheApprovalOrByAnAbsentRegisseurIsRefused() {
        // proposed until 5 May, approved on 10 May
        fixture.given(afsluitbaar(voorstel(new Nazorg(NazorgDoor.WIJKTEAM, null, LocalDate.parse("2027-05-05")))))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectNoEvents();
        // the casusregisseur watches only a zaak that has one
        new NazorgbewakingTest().fixture.given(afsluitbaar())
                .when(new StelAfsluitingVoor(ZAAK_ID, Uitkomst.ZELFSTANDIG_VERDER, null, "Veilig", List.of(), FATIMA,
                        NAZORG))
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectNoEvents();
    }

    @Test
    void r16_issue14_aClosingOrProposalStoredBeforeNazorgReadsWithout() {
        var serializer = Jackson3Serializer.builder().build();
        String afgesloten = """
                {"zaakId": "z", "gezinId": "g", "gemeente": "Vlaardingen", "uitkomst": "ZELFSTANDIG_VERDER",
                 "vervolg": null, "geinformeerd": [], "nietGeinformeerd": [], "afgeslotenOp": "2026-11-01T10:00:00Z",
                 "overdrachtId": "o", "meldingId": "m"}""";
        ZaakAfgesloten gelezen = serializer.deserialize(new SimpleSerializedObject<>(afgesloten, String.class,
                ZaakAfgesloten.class.getName(), "1"));
        org.assertj.core.api.Assertions.assertThat(gelezen.nazorg()).isNull();
        String voorgesteld = """
                {"zaakId": "z", "gezinId": "g", "gemeente": "Vlaardingen", "uitkomst": "ZELFSTANDIG_VERDER",
                 "onderbouwing": "x", "informeren": [], "voorgesteldOp": "2026-11-01T10:00:00Z"}""";
        AfsluitingVoorgesteld voorstel = serializer.deserialize(new SimpleSerializedObject<>(voorgesteld,
                String.class, AfsluitingVoorgesteld.class.getName(), "1"));
        org.assertj.core.api.Assertions.assertThat(voorstel.nazorg()).isNull();
    }

    @Test
    void r16_issue14_nazorgRunsFromTomorrowUpToAYearAndAnotherOrganisationIsNamed() {
        for (Nazorg fout : List.of(new Nazorg(NazorgDoor.CASUSREGISSEUR, null, VANDAAG),
                new Nazorg(NazorgDoor.WIJKTEAM, null, VANDAAG.plusYears(1).plusDays(1)),
                new Nazorg(NazorgDoor.ANDERE_ORGANISATIE, " ", VANDAAG.plusMonths(3)))) {
            new NazorgbewakingTest().fixture.given(afsluitbaar())
                    .when(new StelAfsluitingVoor(ZAAK_ID, Uitkomst.ZELFSTANDIG_VERDER, null, "Veilig", List.of(),
                            FATIMA, fout))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new DomeinregelDetails("R16"))
                    .expectNoEvents();
        }
    }

    @Test
    void r16_issue14_aCheckIsRecordedBetweenTheClosingAndToday() {
        fixture.given(gesloten())
                .when(new LegNazorgcontroleVast(ZAAK_ID, VANDAAG, Veiligheidsbeeld.GEEN_ZORGEN, " " + BEVINDING,
                        FATIMA))
                .expectEvents(new NazorgcontroleVastgelegd(ZAAK_ID, GEZIN, GEMEENTE, VANDAAG,
                        Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, FATIMA, true, NU));
        for (LocalDate fout : List.of(VANDAAG.minusDays(3), VANDAAG.plusDays(1))) {
            new NazorgbewakingTest().fixture.given(gesloten())
                    .when(new LegNazorgcontroleVast(ZAAK_ID, fout, Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, FATIMA))
                    .expectExceptionDetails(new DomeinregelDetails("R16"))
                    .expectNoEvents();
        }
        // a zaak not closed, or closed before nazorg was agreed, has no nazorg to check
        new NazorgbewakingTest().fixture.given(afsluitbaar())
                .when(new LegNazorgcontroleVast(ZAAK_ID, VANDAAG, Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectNoEvents();
        new NazorgbewakingTest().fixture.given(afsluitbaar(new ZaakAfgesloten(ZAAK_ID, GEZIN, GEMEENTE,
                        Uitkomst.ZELFSTANDIG_VERDER, null, List.of(), List.of(), NU.minusSeconds(3600), "overdracht-1",
                        "melding-1")))
                .when(new LegNazorgcontroleVast(ZAAK_ID, VANDAAG, Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectNoEvents();
    }

    @Test
    void r16_issue14_theLastDayPassingWithoutACheckIsNazorgVerlopenAndWithACheckNothing() {
        Instant einde = Instant.parse("2027-08-10T22:00:00Z");
        fixture.given(afsluitbaar(voorstel(DOOR_WIJKTEAM)))
                .andGivenCommands(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .whenTimeAdvancesTo(einde.plusSeconds(60))
                .expectEvents(new NazorgVerlopen(ZAAK_ID, GEZIN, GEMEENTE, NazorgDoor.WIJKTEAM,
                        NAZORG.tot(), einde));
        new NazorgbewakingTest().fixture.given(afsluitbaar(voorstel(DOOR_WIJKTEAM)))
                .andGivenCommands(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER),
                        new LegNazorgcontroleVast(ZAAK_ID, VANDAAG, Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, FATIMA))
                .whenTimeAdvancesTo(einde.plusSeconds(60))
                .expectNoEvents();
    }

    private static AfsluitingVoorgesteld voorstel(Nazorg nazorg) {
        return new AfsluitingVoorgesteld(ZAAK_ID, GEZIN, GEMEENTE, Uitkomst.ZELFSTANDIG_VERDER, null, "Veilig",
                List.of(), FATIMA, NU.minusSeconds(600), nazorg);
    }

    private static List<Object> gesloten() {
        return afsluitbaar(new ZaakAfgesloten(ZAAK_ID, GEZIN, GEMEENTE, Uitkomst.ZELFSTANDIG_VERDER, null, List.of(),
                List.of(), NU.minus(java.time.Duration.ofDays(1)), "overdracht-1", "melding-1", NAZORG));
    }

    /** A zaak in treatment with a heard, safe child and the ZRM at start and end, and what follows. */
    private static List<Object> afsluitbaar(Object... verder) {
        var scores = new java.util.EnumMap<ZrmDomein, Integer>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.put(domein, 3);
        }
        var gegeven = new java.util.ArrayList<Object>(List.of(
                new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN, Route.NA_TRIAGE, GEMEENTE, null,
                        NU.minusSeconds(900_000), NU.minusSeconds(900_000), null),
                new OverdrachtGeaccepteerd(ZAAK_ID, "overdracht-1", GEZIN, GEMEENTE, FATIMA, NU.minusSeconds(800_000),
                        "Westwijk"),
                new GezinslidGeregistreerd(ZAAK_ID, GEZIN, GEMEENTE, "lid-moeder", GezinslidRol.OUDER, null, null,
                        FATIMA, NU.minusSeconds(700_000)),
                new GezinslidGeregistreerd(ZAAK_ID, GEZIN, GEMEENTE, "lid-kind", GezinslidRol.KIND, null, null,
                        FATIMA, NU.minusSeconds(700_000)),
                new GesprekVastgelegd(ZAAK_ID, GEZIN, GEMEENTE, "lid-kind", GezinslidRol.KIND, true,
                        VANDAAG.minusDays(5), null, null, FATIMA, NU.minusSeconds(600_000)),
                new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN, GEMEENTE, "lid-kind", Veiligheidsinstrument.ETM,
                        Veiligheidsoordeel.VEILIG, "Veilig", FATIMA, NU.minusSeconds(500_000)),
                new ZrmVastgelegd(ZAAK_ID, GEZIN, GEMEENTE, "lid-moeder", ZrmMoment.START, scores,
                        VANDAAG.minusDays(8), FATIMA, NU.minusSeconds(500_000)),
                new ZrmVastgelegd(ZAAK_ID, GEZIN, GEMEENTE, "lid-moeder", ZrmMoment.EIND, scores,
                        VANDAAG.minusDays(1), FATIMA, NU.minusSeconds(400_000))));
        gegeven.addAll(List.of(verder));
        return gegeven;
    }
}
