package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 6 (001 §3.3: zicht op veiligheid through home visits and school contact "niet altijd navolgbaar"):
 * while a child is unsafe, contact with the gezin as often as agreed.
 */
class ContacttoetsTest {

    private static final Moment NU = new Moment(Instant.parse("2027-04-30T12:00:00Z"));

    @Test
    void r13_issue14_aZaakWithoutAnUnsafeChildHasNothingToJudge() {
        Geschiedenis veilig = zaak(zaak -> zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd",
                "2027-03-04T11:00:00Z", "zaakId", "z1", "lidId", "l2", "oordeel", "ZORGELIJK"));

        Toetsing toets = toetsing(Toetsingskader.toets(veilig.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r13_issue14_contactWithinTheDefault14DaysWhileAChildIsUnsafeIsMet() {
        // accepted 3 March, unsafe from the 4th: contacts on the 10th, 24th, 7 and 21 April, 30 April is today
        Geschiedenis geschiedenis = zaak(zaak -> onveilig(zaak)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-10T15:00:00Z", contact("2027-03-10", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-24T15:00:00Z", contact("2027-03-24", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-07T15:00:00Z", contact("2027-04-07", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-21T15:00:00Z", contact("2027-04-21", true)));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.bewijs()).extracting(Bewijs::type).contains("ContactVastgelegd",
                "VeiligheidsinschattingVastgelegd");
    }

    @Test
    void r13_issue14_aGapLongerThanTheFrequencyOrAVisitWhereNobodyWasSeenIsAFinding() {
        // the visit of 24 March found nobody at home: from 10 March to 7 April (28 days) without contact
        Geschiedenis geschiedenis = zaak(zaak -> onveilig(zaak)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-10T15:00:00Z", contact("2027-03-10", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-24T15:00:00Z", contact("2027-03-24", false))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-07T15:00:00Z", contact("2027-04-07", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-21T15:00:00Z", contact("2027-04-21", true)));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("van 2027-03-10 tot 2027-04-07 (28 dagen, afgesproken: elke 14)")
                .doesNotContain("2027-04-21 tot");
    }

    @Test
    void r13_issue14_theAgreedFrequencyCountsAndAnOngoingGapIsAFindingAtTheMomentJudged() {
        // a week agreed on 4 March; contacts weekly until 7 April, then nothing until today (30 April)
        Geschiedenis geschiedenis = zaak(zaak -> onveilig(zaak)
                .stapVan("Wijkteam A", "ContactfrequentieAfgesproken", "2027-03-04T12:00:00Z", "zaakId", "z1",
                        "dagen", 7)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-10T15:00:00Z", contact("2027-03-10", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-17T15:00:00Z", contact("2027-03-17", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-24T15:00:00Z", contact("2027-03-24", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-31T15:00:00Z", contact("2027-03-31", true))
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-07T15:00:00Z", contact("2027-04-07", true)));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("van 2027-04-07 tot 2027-04-30 (23 dagen, afgesproken: elke 7) "
                + "(loopt nog)");
        // R19: as known on 12 April, the gap had not yet passed the week
        Toetsing toen = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2027-04-12T12:00:00Z"))), Criterium.CONTACT_BIJ_ONVEILIG_KIND);
        assertThat(toen.uitkomst()).as(toen.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    void r13_issue14_onceEveryChildIsNoLongerUnsafeTheFrequencyNoLongerApplies() {
        // unsafe on 4 March, a visit on the 10th; a plan evaluation on the 20th judges the child ZORGELIJK
        Geschiedenis geschiedenis = zaak(zaak -> onveilig(zaak)
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-10T15:00:00Z", contact("2027-03-10", true))
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-03-20T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "l2", "huidigOordeel", "ZORGELIJK"))));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    void r13_issue14_theVisitInWhichAChildIsJudgedUnsafeStartsTheTermAndAGapIsNamedOnce() {
        // 1 April: the home visit in which the child is judged unsafe; 25 April a plan evaluation keeps it unsafe
        Geschiedenis geschiedenis = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-01T16:00:00Z", contact("2027-04-01", true))
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-04-01T15:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "ONVEILIG", "instrument", "LIRIK")
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-25T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "l2", "huidigOordeel", "ONVEILIG"))));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("kind onveilig en geen contact met het gezin: van 2027-04-01 tot "
                + "2027-04-30 (29 dagen, afgesproken: elke 14) (loopt nog)");
    }

    @Test
    void r13_issue14_unsafeAgainAfterASafeSpellTheDaysAlreadyNamedAreNotNamedTwice() {
        // contact 5 March; unsafe 6 March, safe 30 March (no contact), unsafe again 9 April, contact 10 April
        Geschiedenis geschiedenis = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-03-05T15:00:00Z", contact("2027-03-05", true))
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-06T11:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "ONVEILIG")
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-30T11:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "ZORGELIJK")
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-04-09T11:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "ONVEILIG")
                .stapVan("Wijkteam A", "ContactVastgelegd", "2027-04-10T15:00:00Z", contact("2027-04-10", true)));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.toelichting()).isEqualTo("kind onveilig en geen contact met het gezin: van 2027-03-05 tot "
                + "2027-03-30 (25 dagen, afgesproken: elke 14); van 2027-03-30 tot 2027-04-10 (geen contact sinds "
                + "2027-03-05: 36 dagen, afgesproken: elke 14); van 2027-04-10 tot 2027-04-30 (20 dagen, afgesproken: "
                + "elke 14) (loopt nog)");
    }

    @Test
    void r13_issue14_aStretchBeforeTheContactLogExistedIsNotJudged() {
        // accepted and judged unsafe in October 2026; the log exists since 8 December 2026
        Geschiedenis geschiedenis = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2026-10-01T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2026-10-01T10:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND")
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2026-10-02T11:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "ONVEILIG", "instrument", "LIRIK")
                .stapVan("Wijkteam A", "ContactVastgelegd", "2026-12-15T15:00:00Z", contact("2026-12-15", true));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2026-12-20T12:00:00Z"))), Criterium.CONTACT_BIJ_ONVEILIG_KIND);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
    }

    private static Geschiedenis onveilig(Geschiedenis zaak) {
        return zaak.stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-04T11:00:00Z", "zaakId", "z1",
                "lidId", "l2", "oordeel", "ONVEILIG", "instrument", "LIRIK");
    }

    private static Object[] contact(String op, boolean telt) {
        return new Object[] {"zaakId", "z1", "contactId", "c-" + op, "soort", "HUISBEZOEK", "op", op,
            "gezien", telt ? List.of("l2") : List.of(), "beeld", "ZORGEN_ONVERANDERD", "teltAlsContact", telt};
    }

    /** A zaak accepted on 3 March 2027 with a registered child, and what follows. */
    private static Geschiedenis zaak(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stap("OverdrachtGedaan", "2027-03-01T09:00:00Z", "overdrachtId", "o1", "meldingId", "m1")
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-03T10:01:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND"));
    }
}
