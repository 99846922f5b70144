package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 10 (003 §5: verhuizingen; R10, R2): a zaak moves with its gezin to the wijkteam of another gemeente
 * by a warm handover, and regie and zicht op veiligheid pass with it, explicitly.
 */
class VerhuizingstoetsTest {

    private static final Moment NU = new Moment(Instant.parse("2027-05-01T12:00:00Z"));

    @Test
    void r10_issue14_aMoveTakenOverWithinTwoWeeksAfterAWarmHandoverWithARegisseurIsMet() {
        Geschiedenis geschiedenis = verhuisd(UnaryOperator.identity());

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.VERHUIZING_WARM_OVERGEDRAGEN);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("verhuizing van Vlaardingen naar Schiedam overgenomen na de warme "
                + "overdracht van 2027-04-08, met een casusregisseur van Wijkteam Schiedam");
        assertThat(toets.bewijs()).extracting(Bewijs::type)
                .containsExactly("VerhuizingAangemeld", "ZaakVerhuisd", "RegisseurToegewezen");
    }

    @Test
    void r2_r10_issue14_afterTheMoveTheNewWijkteamHoldsZichtAndTheZaakIsItsGemeentes() {
        Geschiedenis geschiedenis = verhuisd(UnaryOperator.identity());
        Instant na = Instant.parse("2027-04-10T12:00:00Z");
        Toestand toestand = ToestandAfleiding.van(geschiedenis.dossier(na), na, new Moment(na));
        assertThat(toestand.zichtOpVeiligheid().houder()).isEqualTo("WIJKTEAM");
        assertThat(toestand.zichtOpVeiligheid().organisatie()).isEqualTo("Wijkteam Schiedam");
        assertThat(toestand.zichtOpVeiligheid().grond()).isEqualTo("ZAAK_VERHUISD");
        assertThat(toestand.zichtOpVeiligheid().sinds()).isEqualTo(Instant.parse("2027-04-08T15:00:00Z"));
        // the gezin stays counted under the gemeente it was first handled in; its zaak's regie names where it went
        assertThat(toestand.gemeente()).isEqualTo("Vlaardingen");
        assertThat(toestand.regie()).singleElement().satisfies(regie -> {
            assertThat(regie.gemeente()).isEqualTo("Schiedam");
            assertThat(regie.casusregisseur()).isEqualTo("Wijkteam Schiedam");
        });
        // R19: as known before the acceptance, both were still with Vlaardingen
        Instant voor = Instant.parse("2027-04-07T12:00:00Z");
        Toestand toen = ToestandAfleiding.van(geschiedenis.dossier(voor), voor, new Moment(voor));
        assertThat(toen.zichtOpVeiligheid().organisatie()).isEqualTo("Wijkteam Vlaardingen");
        assertThat(toen.regie().get(0).gemeente()).isEqualTo("Vlaardingen");
    }

    @Test
    void r10_issue14_aMoveNobodyDecidesOnForTwoWeeksIsAFindingAndARefusalWithItsReasonIsMet() {
        Geschiedenis wacht = zaak(zaak -> zaak.stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld",
                "2027-04-01T10:00:00Z", "zaakId", "z1", "verhuizingId", "v1", "vanGemeente", "Vlaardingen",
                "naarGemeente", "Schiedam"));
        Toetsing toets = toetsing(Toetsingskader.toets(wacht.dossier(), NU), Criterium.VERHUIZING_WARM_OVERGEDRAGEN);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("verhuizing van Vlaardingen naar Schiedam wacht sinds 2027-04-01 op "
                + "het ontvangende wijkteam, langer dan 14 dagen");
        // R19: as known on 10 April the two weeks still ran
        assertThat(toetsing(Toetsingskader.toets(wacht.dossier(), new Moment(Instant.parse("2027-04-10T12:00:00Z"))),
                Criterium.VERHUIZING_WARM_OVERGEDRAGEN).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);

        Geschiedenis geweigerd = zaak(zaak -> zaak
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam")
                .stapVan("Wijkteam Schiedam", "VerhuizingGeweigerd", "2027-04-03T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "reden", "GEZIN_WOONT_NIET_IN_GEMEENTE"));
        Toetsing weigering = toetsing(Toetsingskader.toets(geweigerd.dossier(), NU),
                Criterium.VERHUIZING_WARM_OVERGEDRAGEN);
        assertThat(weigering.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(weigering.toelichting()).contains("geweigerd (GEZIN_WOONT_NIET_IN_GEMEENTE)");

        // a move that lapsed with the return of the zaak is not judged
        Geschiedenis vervallen = zaak(zaak -> zaak
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam")
                .stapVan("Wijkteam Vlaardingen", "ZaakTeruggemeld", "2027-04-05T10:00:00Z", "zaakId", "z1",
                        "reden", "OVERSTIJGENDE_PROBLEMATIEK"));
        assertThat(toetsing(Toetsingskader.toets(vervallen.dossier(), NU), Criterium.VERHUIZING_WARM_OVERGEDRAGEN)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        // but a move left waiting past the two weeks stays a finding when the zaak is returned later
        Geschiedenis teLang = zaak(zaak -> zaak
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam")
                .stapVan("Wijkteam Vlaardingen", "ZaakTeruggemeld", "2027-04-25T10:00:00Z", "zaakId", "z1",
                        "reden", "OVERSTIJGENDE_PROBLEMATIEK"));
        assertThat(toetsing(Toetsingskader.toets(teLang.dossier(), NU), Criterium.VERHUIZING_WARM_OVERGEDRAGEN)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // a move its team took back is not judged
        Geschiedenis ingetrokken = zaak(zaak -> zaak
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schidam")
                .stapVan("Wijkteam Vlaardingen", "VerhuizingIngetrokken", "2027-04-02T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1"));
        assertThat(toetsing(Toetsingskader.toets(ingetrokken.dossier(), NU), Criterium.VERHUIZING_WARM_OVERGEDRAGEN)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r10_issue14_aMoveTakenOverLateIsAFinding() {
        Geschiedenis laat = zaak(zaak -> zaak
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-03-10T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam")
                .stapVan("Wijkteam Schiedam", "ZaakVerhuisd", "2027-04-08T15:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "naarGemeente", "Schiedam", "warmeOverdrachtOp", "2027-04-08",
                        "overgedragenOp", "2027-04-08T15:00:00Z")
                .stapVan("Wijkteam Schiedam", "RegisseurToegewezen", "2027-04-08T15:00:00Z", "zaakId", "z1",
                        "wissel", true));
        Toetsing toets = toetsing(Toetsingskader.toets(laat.dossier(), NU), Criterium.VERHUIZING_WARM_OVERGEDRAGEN);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("pas op 2027-04-08 besloten");
    }

    /** A zaak of Vlaardingen that moved to Schiedam: announced on 1 April, taken over on 8 April. */
    private static Geschiedenis verhuisd(UnaryOperator<Geschiedenis> verder) {
        return zaak(zaak -> verder.apply(zaak
                .stapVan("Minters", "RegisseurToegewezen", "2027-03-03T09:10:00Z", "zaakId", "z1",
                        "toegewezenOp", "2027-03-03T09:10:00Z", "wissel", false)
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam",
                        "verhuisdOp", "2027-04-05")
                .stapVan("Wijkteam Schiedam", "ZaakVerhuisd", "2027-04-08T15:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Schiedam",
                        "naarTeam", "Centrum", "warmeOverdrachtOp", "2027-04-08",
                        "overgedragenOp", "2027-04-08T15:00:00Z")
                .stapVan("Wijkteam Schiedam", "RegisseurToegewezen", "2027-04-08T15:00:00Z", "zaakId", "z1",
                        "toegewezenOp", "2027-04-08T15:00:00Z", "wissel", true)));
    }

    /** A zaak of Vlaardingen accepted on 3 March 2027. */
    private static Geschiedenis zaak(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stapVan("Wijkteam Vlaardingen", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1",
                        "overdrachtId", "o1", "gemeente", "Vlaardingen")
                .stapVan("Wijkteam Vlaardingen", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1", "geaccepteerdOp", "2027-03-03T09:00:00Z"));
    }
}
