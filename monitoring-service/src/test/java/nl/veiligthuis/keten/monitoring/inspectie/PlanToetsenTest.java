package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 13, 001 Bijlage 1 on the ondersteuningsplan (R11, R12): the hulpvraag formed with parents and
 * children, the familiegroepsplan offered, the goals evaluated together with the gezin.
 */
class PlanToetsenTest {

    private static final Moment NU = new Moment(Instant.parse("2027-05-01T12:00:00Z"));

    @Test
    void r12_issue14_aHulpvraagFormedWithAParentAndEveryChildBeforeThePlanIsMet() {
        Geschiedenis geschiedenis = zaak(zaak -> gezin(zaak)
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:00:00Z", "zaakId", "z1", "lidId", "moeder",
                        "rol", "OUDER", "gesproken", true, "gevoerdOp", "2027-03-05")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-06T10:00:00Z", "zaakId", "z1", "lidId", "baby",
                        "rol", "KIND", "gesproken", false, "redenNietGesproken", "TE_JONG", "gevoerdOp", "2027-03-06")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-06T11:00:00Z", "zaakId", "z1", "lidId", "kind",
                        "rol", "KIND", "gesproken", true, "gevoerdOp", "2027-03-06")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN"));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.bewijs()).extracting(Bewijs::type)
                .containsExactly("GesprekVastgelegd", "GesprekVastgelegd", "GesprekVastgelegd",
                        "OndersteuningsplanOpgesteld");
    }

    @Test
    void r12_issue14_aPlanDrawnUpBeforeAChildWasHeardOrWithoutAParentIsAFinding() {
        // the child is heard only after the plan; no parent spoken with at all
        Geschiedenis geschiedenis = zaak(zaak -> gezin(zaak)
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:00:00Z", "zaakId", "z1", "lidId", "moeder",
                        "rol", "OUDER", "gesproken", false, "redenNietGesproken", "WEIGERT_GESPREK",
                        "gevoerdOp", "2027-03-05")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-06T10:00:00Z", "zaakId", "z1", "lidId", "baby",
                        "rol", "KIND", "gesproken", false, "redenNietGesproken", "TE_JONG", "gevoerdOp", "2027-03-06")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-12T11:00:00Z", "zaakId", "z1", "lidId", "kind",
                        "rol", "KIND", "gesproken", true, "gevoerdOp", "2027-03-12"));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("ondersteuningsplan van 2027-03-10 opgesteld terwijl met geen ouder "
                + "gesproken, kind kind niet gehoord");
    }

    @Test
    void r12_issue14_noPlanSixWeeksAfterTheStartIsAFindingAndBeforeThatTheTermRuns() {
        Geschiedenis geschiedenis = zaak(UnaryOperator.identity());

        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // R19: as known on 1 April (four weeks in) the six weeks still ran
        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), new Moment(
                Instant.parse("2027-04-01T12:00:00Z"))), Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN).uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        // a zaak returned to Veilig Thuis without a plan is judged by the return, not here
        Geschiedenis teruggemeld = zaak(zaak -> zaak.stapVan("Wijkteam A", "ZaakTeruggemeld", "2027-03-20T09:00:00Z",
                "zaakId", "z1", "reden", "ONVOLDOENDE_MIDDELEN"));
        assertThat(toetsing(Toetsingskader.toets(teruggemeld.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r12_issue14_aZaakClosedWithoutAPlanAfterSixWeeksStaysAFindingAndAChildRegisteredAfterThePlanIsNotAsked() {
        Geschiedenis afgesloten = zaak(zaak -> zaak.stapVan("Wijkteam A", "ZaakAfgesloten", "2027-04-20T09:00:00Z",
                "zaakId", "z1", "uitkomst", "ZELFSTANDIG_VERDER"));
        Toetsing toets = toetsing(Toetsingskader.toets(afgesloten.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).startsWith("zes weken na de start nog geen ondersteuningsplan");

        // the newborn registered in April could not be heard before the plan of 10 March
        Geschiedenis geboren = zaak(zaak -> gezin(zaak)
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:00:00Z", "zaakId", "z1", "lidId", "moeder",
                        "rol", "OUDER", "gesproken", true, "gevoerdOp", "2027-03-05")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-06T10:00:00Z", "zaakId", "z1", "lidId", "baby",
                        "rol", "KIND", "gesproken", false, "redenNietGesproken", "TE_JONG", "gevoerdOp", "2027-03-06")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-06T11:00:00Z", "zaakId", "z1", "lidId", "kind",
                        "rol", "KIND", "gesproken", true, "gevoerdOp", "2027-03-06")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-04-04T09:00:00Z", "zaakId", "z1",
                        "lidId", "pasgeboren", "rol", "KIND"));
        Toetsing hulpvraag = toetsing(Toetsingskader.toets(geboren.dossier(), NU),
                Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN);
        assertThat(hulpvraag.uitkomst()).as(hulpvraag.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(hulpvraag.toelichting()).contains("ouder en 2 kind(eren)");
    }

    @Test
    void r12_issue14_theFamiliegroepsplanIsMetByTheGezinsOwnPlanOrByAnOfferItDeclinedBeforeThePlan() {
        Geschiedenis eigenPlan = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "FAMILIEGROEPSPLAN"));
        assertThat(uitkomst(eigenPlan, Criterium.FAMILIEGROEPSPLAN_AANGEBODEN)).isEqualTo(Uitkomst.VOLDAAN);

        Geschiedenis afgezien = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "FamiliegroepsplanAangeboden", "2027-03-09T16:00:00Z", "zaakId", "z1",
                        "aangebodenOp", "2027-03-08", "antwoord", "GEZIN_ZIET_AF")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN"));
        Toetsing toets = toetsing(Toetsingskader.toets(afgezien.dossier(), NU), Criterium.FAMILIEGROEPSPLAN_AANGEBODEN);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("familiegroepsplan aangeboden op 2027-03-08; het gezin zag ervan af");
        assertThat(toets.bewijs()).extracting(Bewijs::type)
                .containsExactly("FamiliegroepsplanAangeboden", "OndersteuningsplanOpgesteld");
    }

    @Test
    void r12_issue14_aPlanWithTheGezinWithoutAnOfferIsAFindingAndAGezinThatDrawsOneUpHasUntilTheZaakEnds() {
        Geschiedenis zonderAanbod = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN")
                // offered only after the plan
                .stapVan("Wijkteam A", "FamiliegroepsplanAangeboden", "2027-03-15T16:00:00Z", "zaakId", "z1",
                        "aangebodenOp", "2027-03-15", "antwoord", "GEZIN_ZIET_AF"));
        Toetsing toets = toetsing(Toetsingskader.toets(zonderAanbod.dossier(), NU),
                Criterium.FAMILIEGROEPSPLAN_AANGEBODEN);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("ondersteuningsplan van 2027-03-10 zonder vastgelegd aanbod van een "
                + "familiegroepsplan");

        UnaryOperator<Geschiedenis> steltOp = zaak -> zaak
                .stapVan("Wijkteam A", "FamiliegroepsplanAangeboden", "2027-03-08T16:00:00Z", "zaakId", "z1",
                        "aangebodenOp", "2027-03-08", "antwoord", "GEZIN_STELT_OP")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN");
        assertThat(uitkomst(zaak(steltOp), Criterium.FAMILIEGROEPSPLAN_AANGEBODEN))
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        Geschiedenis afgesloten = zaak(zaak -> steltOp.apply(zaak).stapVan("Wijkteam A", "ZaakAfgesloten",
                "2027-04-20T09:00:00Z", "zaakId", "z1", "uitkomst", "ZELFSTANDIG_VERDER"));
        assertThat(uitkomst(afgesloten, Criterium.FAMILIEGROEPSPLAN_AANGEBODEN)).isEqualTo(Uitkomst.NIET_VOLDAAN);
    }

    @Test
    void r12_issue14_aPlanFromBeforeTheOfferCouldBeRecordedIsNotJudged() {
        Geschiedenis eerder = new Geschiedenis()
                .stapVan("Wijkteam A", "ZaakGeopend", "2026-11-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2026-11-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2026-12-01T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN");
        assertThat(uitkomst(eerder, Criterium.FAMILIEGROEPSPLAN_AANGEBODEN)).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        // a new version after that day is judged
        eerder.stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2026-12-20T10:00:00Z", "zaakId", "z1",
                "versie", 2, "opgesteldMet", "MET_GEZIN");
        assertThat(uitkomst(eerder, Criterium.FAMILIEGROEPSPLAN_AANGEBODEN)).isEqualTo(Uitkomst.NIET_VOLDAAN);
    }

    @Test
    void r12_issue14_theGoalsAreEvaluatedTogetherWithTheGezinAtLeastEveryThreeMonths() {
        Geschiedenis geschiedenis = goedgekeurd(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-15T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "samenMetGezin", true, "aantalBehaald", 1, "aantalDeelsBehaald", 0));
        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("1 keer samen met het gezin geëvalueerd; de volgende uiterlijk "
                + "2027-07-15");

        // three months and more later, with only an evaluation without the gezin: a finding that names the gap
        Toetsing later = toetsing(Toetsingskader.toets(geschiedenis
                        .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-06-01T10:00:00Z", "zaakId", "z1",
                                "versie", 1, "samenMetGezin", false, "aantalBehaald", 1, "aantalDeelsBehaald", 0)
                        .dossier(), new Moment(Instant.parse("2027-07-20T12:00:00Z"))),
                Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD);
        assertThat(later.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(later.toelichting()).isEqualTo("van 2027-04-15 tot 2027-07-20 geen evaluatie samen met het gezin "
                + "(langer dan 3 maanden); 1 keer geëvalueerd zonder het gezin");
        assertThat(later.bewijs()).extracting(Bewijs::type)
                .containsExactly("OndersteuningsplanGeevalueerd", "OndersteuningsplanGeevalueerd");
    }

    @Test
    void r12_issue14_theFirstJointEvaluationIsDueThreeMonthsAfterTheApproval() {
        Geschiedenis geschiedenis = goedgekeurd(UnaryOperator.identity());
        // approved 12 March: due 12 June
        assertThat(uitkomst(geschiedenis, Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD))
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), new Moment(
                        Instant.parse("2027-06-13T12:00:00Z"))), Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // a zaak that ended before then is not judged
        Geschiedenis afgesloten = goedgekeurd(zaak -> zaak.stapVan("Wijkteam A", "ZaakAfgesloten",
                "2027-04-20T09:00:00Z", "zaakId", "z1", "uitkomst", "ZELFSTANDIG_VERDER"));
        assertThat(toetsing(Toetsingskader.toets(afgesloten.dossier(), new Moment(
                        Instant.parse("2027-09-01T12:00:00Z"))), Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    private static Uitkomst uitkomst(Geschiedenis geschiedenis, Criterium criterium) {
        return toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), criterium).uitkomst();
    }

    /** A mother, a baby and a child registered in the zaak. */
    private static Geschiedenis gezin(Geschiedenis zaak) {
        return zaak
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-04T09:00:00Z", "zaakId", "z1",
                        "lidId", "moeder", "rol", "OUDER")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-04T09:01:00Z", "zaakId", "z1",
                        "lidId", "baby", "rol", "KIND")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-04T09:02:00Z", "zaakId", "z1",
                        "lidId", "kind", "rol", "KIND");
    }

    /** The zaak with a plan approved on 12 March 2027. */
    private static Geschiedenis goedgekeurd(UnaryOperator<Geschiedenis> verder) {
        return zaak(zaak -> verder.apply(zaak
                .stapVan("Wijkteam A", "OndersteuningsplanOpgesteld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "FAMILIEGROEPSPLAN")
                .stapVan("Wijkteam A", "OndersteuningsplanBeoordeeld", "2027-03-12T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "besluit", "GOEDGEKEURD")));
    }

    /** A zaak accepted on 3 March 2027. */
    static Geschiedenis zaak(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1"));
    }
}
