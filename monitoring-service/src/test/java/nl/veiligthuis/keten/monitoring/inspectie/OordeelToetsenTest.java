package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 9: each child's safety judgement covers both parents and the (ex-)partner (001: ETM/LIRIK "slechts
 * over één ouder ingevuld"), and is re-evaluated within 90 days (003: based on the most recent information?).
 */
class OordeelToetsenTest {

    private static final Moment NU = new Moment(Instant.parse("2027-04-30T12:00:00Z"));

    @Test
    void r11_issue14_anAssessmentOverOneParentWhileTwoAreRegisteredIsAFinding() {
        Geschiedenis eenOuder = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-03-04T11:00:00Z", "zaakId", "z1", "lidId", "kind", "oordeel", "ZORGELIJK",
                "volwassenen", List.of("moeder")));

        Toetsing toets = toetsing(Toetsingskader.toets(eenOuder.dossier(), NU), Criterium.INSCHATTING_OVER_ALLE_OUDERS);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("kind kind: inschatting niet over vader").doesNotContain("moeder");
        assertThat(toets.bewijs()).extracting(Bewijs::type)
                .contains("VeiligheidsinschattingVastgelegd", "GezinslidGeregistreerd");
    }

    @Test
    void r11_issue14_anAssessmentOverBothParentsIsMetAndOneRecordedBeforeTheAdultsWereAskedIsNotJudged() {
        Geschiedenis beide = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-03-04T11:00:00Z", "zaakId", "z1", "lidId", "kind", "oordeel", "ZORGELIJK",
                "volwassenen", List.of("moeder", "vader")));
        assertThat(toetsing(Toetsingskader.toets(beide.dossier(), NU), Criterium.INSCHATTING_OVER_ALLE_OUDERS)
                .uitkomst()).isEqualTo(Uitkomst.VOLDAAN);

        // recorded before the adults were asked for: nothing to judge it by, either way
        Geschiedenis onbekend = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-03-04T11:00:00Z", "zaakId", "z1", "lidId", "kind", "oordeel", "ZORGELIJK"));
        assertThat(toetsing(Toetsingskader.toets(onbekend.dossier(), NU), Criterium.INSCHATTING_OVER_ALLE_OUDERS)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        // naming no adult at all while two are registered is a finding
        Geschiedenis niemand = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-03-04T11:00:00Z", "zaakId", "z1", "lidId", "kind", "oordeel", "ZORGELIJK",
                "volwassenen", List.of()));
        Toetsing toets = toetsing(Toetsingskader.toets(niemand.dossier(), NU), Criterium.INSCHATTING_OVER_ALLE_OUDERS);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("inschatting niet over moeder, vader");
    }

    @Test
    void r11_issue14_aJudgementOlderThan90DaysWithoutReEvaluationIsAFindingAndAPlanEvaluationCounts() {
        // judged 4 Jan, re-judged at a plan evaluation on 20 March, and not since: 41 days on 30 April
        Geschiedenis opTijd = gezin(zaak -> zaak
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-01-04T11:00:00Z", "zaakId", "z1",
                        "lidId", "kind", "oordeel", "ONVEILIG", "volwassenen", List.of("moeder", "vader"))
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-03-20T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ZORGELIJK"))));
        Toetsing actueel = toetsing(Toetsingskader.toets(opTijd.dossier(), NU), Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        assertThat(actueel.uitkomst()).as(actueel.toelichting()).isEqualTo(Uitkomst.VOLDAAN);

        // without the evaluation: 116 days on 30 April, still running
        Geschiedenis verouderd = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-01-04T11:00:00Z", "zaakId", "z1", "lidId", "kind", "oordeel", "ONVEILIG"));
        Toetsing toets = toetsing(Toetsingskader.toets(verouderd.dossier(), NU), Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("van 2027-01-04 tot 2027-04-30 (116 dagen) (loopt nog)");
        // R19: as known on 1 April (87 days) it was still fresh
        Toetsing toen = toetsing(Toetsingskader.toets(verouderd.dossier(),
                new Moment(Instant.parse("2027-04-01T12:00:00Z"))), Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        assertThat(toen.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    void r11_issue14_aChildJudgedOnlyAtAPlanEvaluationCountsAndTheAgeIsCountedToTheMoment() {
        // never assessed, judged at an evaluation on 30 January 10:00; on 30 April 09:00 that is 89 days 23 hours
        Geschiedenis geschiedenis = gezin(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd",
                "2027-01-30T10:00:00Z", "zaakId", "z1", "versie", 1,
                "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ZORGELIJK"))));
        Toetsing bijna = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2027-04-30T09:00:00Z"))), Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        assertThat(bijna.uitkomst()).as(bijna.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        Toetsing over = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2027-04-30T10:30:00Z"))), Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        assertThat(over.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
    }

    @Test
    void r11_issue14_withoutAnAssessedChildNeitherCheckApplies() {
        List<Toetsing> toetsingen = Toetsingskader.toets(gezin(UnaryOperator.identity()).dossier(), NU);
        assertThat(toetsing(toetsingen, Criterium.INSCHATTING_OVER_ALLE_OUDERS).uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toetsing(toetsingen, Criterium.VEILIGHEIDSOORDEEL_ACTUEEL).uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    /** A zaak accepted on 3 January 2027 with mother, father (ex-partner) and a child registered. */
    private static Geschiedenis gezin(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-01-02T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-01-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-01-03T10:00:00Z", "zaakId", "z1",
                        "lidId", "moeder", "rol", "OUDER")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-01-03T10:01:00Z", "zaakId", "z1",
                        "lidId", "vader", "rol", "EX_PARTNER")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-01-03T10:02:00Z", "zaakId", "z1",
                        "lidId", "kind", "rol", "KIND"));
    }
}
