package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 13 (001 Bijlage 1: "Bij acuut onveilige situaties worden zo snel mogelijk maatregelen getroffen";
 * R2, R3): Veilig Thuis decides within a day on an acute melding, with SPOED when it judges the danger acute, and the
 * wijkteam follows up a contact that showed an unsafe child on that day or the next.
 */
class AcuuttoetsTest {

    private static final Moment NU = new Moment(Instant.parse("2027-05-01T12:00:00Z"));

    @Test
    void r2_issue14_anAcuteMeldingDecidedWithinADayWithSpoedIsMet() {
        Geschiedenis geschiedenis = acuut()
                .stap("TriageAfgerond", "2027-03-01T15:00:00Z", "meldingId", "m1", "uitkomst", "SPOED",
                        "ernst", "ACUUT_ONVEILIG", "afgerondOp", "2027-03-01T15:00:00Z");

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("acuut onveilig gemeld; binnen 24 uur besloten: SPOED; acuut onveilig "
                + "beoordeeld: SPOED, de directe veiligheidsactie");
        assertThat(toets.bewijs()).extracting(Bewijs::type).containsExactly("MeldingOntvangen", "TriageAfgerond");
    }

    @Test
    void r2_issue14_anAcuteMeldingDecidedAfterADayOrNotAtAllIsAFinding() {
        Geschiedenis laat = acuut()
                .stap("TriageAfgerond", "2027-03-02T10:00:01Z", "meldingId", "m1", "uitkomst", "ONDERZOEK",
                        "ernst", "STRUCTUREEL_ONVEILIG", "afgerondOp", "2027-03-02T10:00:01Z");
        Toetsing toets = toetsing(Toetsingskader.toets(laat.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("acuut onveilig gemeld op 2027-03-01T10:00:00Z; pas besloten op "
                + "2027-03-02T10:00:01Z");

        // R19: as known an hour after receipt the day still ran; a day later without a decision it did not
        assertThat(toetsing(Toetsingskader.toets(acuut().dossier(), new Moment(Instant.parse("2027-03-01T11:00:00Z"))),
                Criterium.ACUUT_ONVEILIG_GEHANDELD).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toetsing(Toetsingskader.toets(acuut().dossier(), new Moment(Instant.parse("2027-03-02T10:00:01Z"))),
                Criterium.ACUUT_ONVEILIG_GEHANDELD).toelichting()).endsWith("na 24 uur nog geen besluit");
    }

    @Test
    void r3_issue14_aDecisionThatJudgesTheDangerAcuteWithoutSpoedIsAFindingAtAnyRound() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("MeldingOntvangen", "2027-03-01T10:00:00Z", "meldingId", "m1", "acuutOnveilig", false,
                        "ontvangenOp", "2027-03-01T10:00:00Z")
                .stap("TriageAfgerond", "2027-03-04T10:00:00Z", "meldingId", "m1", "uitkomst", "ONDERZOEK",
                        "ernst", "ACUUT_ONVEILIG", "afgerondOp", "2027-03-04T10:00:00Z");

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("acuut onveilig beoordeeld zonder directe veiligheidsactie "
                + "(uitkomst ONDERZOEK)");
        // a melding that was not acute and not judged so is not this criterion's
        Geschiedenis gewoon = new Geschiedenis()
                .stap("MeldingOntvangen", "2027-03-01T10:00:00Z", "meldingId", "m1", "acuutOnveilig", false)
                .stap("TriageAfgerond", "2027-03-04T10:00:00Z", "meldingId", "m1", "uitkomst", "ONDERZOEK",
                        "ernst", "STRUCTUREEL_ONVEILIG");
        assertThat(toetsing(Toetsingskader.toets(gewoon.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD).uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r2_issue14_aContactThatShowedAnUnsafeChildIsFollowedByAMeasureOnThatDayOrTheNext() {
        Geschiedenis opgevolgd = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-01T18:00:00Z", "zaakId", "z1", "op", "2027-04-01",
                        "beeld", "ONVEILIG")
                .stapVan("Wijkteam A", "ZaakOpgeschaald", "2027-04-02T09:00:00Z", "zaakId", "z1", "tafel", "CIT",
                        "reden", "CRISIS"));
        Toetsing toets = toetsing(Toetsingskader.toets(opgevolgd.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("contact op 2027-04-01 liet een onveilig kind zien; maatregel: "
                + "ZaakOpgeschaald op 2027-04-02");

        // a contact with worries only asks nothing here; an unsafe one left for two days is a finding
        Geschiedenis nietOpgevolgd = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-01T18:00:00Z", "zaakId", "z1", "op", "2027-04-01",
                        "beeld", "ZORGEN_TOEGENOMEN")
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-10T18:00:00Z", "zaakId", "z1", "op", "2027-04-10",
                        "beeld", "ONVEILIG")
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-04-13T09:00:00Z", "zaakId", "z1",
                        "lidId", "kind", "oordeel", "ONVEILIG"));
        Toetsing laat = toetsing(Toetsingskader.toets(nietOpgevolgd.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);
        assertThat(laat.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(laat.toelichting()).isEqualTo("contact op 2027-04-10 liet een onveilig kind zien; geen maatregel op "
                + "die dag of de volgende");
    }

    @Test
    void r13_issue14_anUnsafeVisitUnderAVeiligheidsplanInForceOrFollowedByAPlanEvaluationIsActedUpon() {
        // the plan of 2 April holds the measures for when safety is not achieved: the visit of 8 April is part of it
        Geschiedenis onderPlan = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "VeiligheidsplanOpgesteld", "2027-04-02T09:00:00Z", "zaakId", "z1",
                        "versie", 1)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-08T18:00:00Z", "zaakId", "z1", "op", "2027-04-08",
                        "beeld", "ONVEILIG"));
        Toetsing toets = toetsing(Toetsingskader.toets(onderPlan.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD);
        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).contains("het veiligheidsplan van 2027-04-02 was in werking");

        // once the plan ended, an unsafe visit asks for a measure again: here a plan evaluation the next day
        Geschiedenis naPlan = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "VeiligheidsplanOpgesteld", "2027-04-02T09:00:00Z", "zaakId", "z1",
                        "versie", 1)
                .stapVan("Wijkteam A", "VeiligheidsplanBeeindigd", "2027-04-05T09:00:00Z", "zaakId", "z1",
                        "versie", 1)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-08T18:00:00Z", "zaakId", "z1", "op", "2027-04-08",
                        "beeld", "ONVEILIG"));
        assertThat(toetsing(Toetsingskader.toets(naPlan.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD).uitkomst())
                .isEqualTo(Uitkomst.NIET_VOLDAAN);
        Geschiedenis geevalueerd = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-08T18:00:00Z", "zaakId", "z1", "op", "2027-04-08",
                        "beeld", "ONVEILIG")
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-09T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", java.util.List.of()));
        assertThat(toetsing(Toetsingskader.toets(geevalueerd.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD)
                .toelichting()).endsWith("maatregel: VeiligheidsplanGeevalueerd op 2027-04-09");
    }

    @Test
    void r2_issue14_aMeldingWhoseReceiptCarriesNoFactsIsKnownAcuteByTheTriageOpening() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("MeldingOntvangen", "2027-03-01T10:00:00Z", "meldingId", "m1")
                .stap("TriageGeopend", "2027-03-01T10:00:01Z", "meldingId", "m1", "acuutOnveilig", true);
        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.ACUUT_ONVEILIG_GEHANDELD)
                .toelichting()).isEqualTo("acuut onveilig gemeld op 2027-03-01T10:00:00Z; na 24 uur nog geen besluit");
    }

    /** A melding received as acuut onveilig on 1 March 2027, 10:00 UTC. */
    private static Geschiedenis acuut() {
        return new Geschiedenis().stap("MeldingOntvangen", "2027-03-01T10:00:00Z", "meldingId", "m1",
                "acuutOnveilig", true, "ontvangenOp", "2027-03-01T10:00:00Z");
    }
}
