package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Issue 14 point 7 (001 §6.2): after closing, nazorg agreed and a check within its term. */
class NazorgtoetsTest {

    private static final Moment NA_AFLOOP = new Moment(Instant.parse("2027-07-01T12:00:00Z"));
    private static final Moment TIJDENS = new Moment(Instant.parse("2027-05-01T12:00:00Z"));

    @Test
    void r16_issue14_aCheckWithinTheTermMeetsTheNazorg() {
        Geschiedenis geschiedenis = gesloten(zaak -> zaak.stapVan("Wijkteam A", "NazorgcontroleVastgelegd",
                "2027-05-15T10:00:00Z", "zaakId", "z1", "op", "2027-05-15", "beeld", "GEEN_ZORGEN",
                "binnenTermijn", true));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP),
                Criterium.NAZORG_NA_AFSLUITING);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("nazorg door CASUSREGISSEUR tot 2027-06-30: 1 controle(s) op tijd");
        assertThat(toets.bewijs()).extracting(Bewijs::type).contains("ZaakAfgesloten", "NazorgcontroleVastgelegd");
    }

    @Test
    void r16_issue14_aTermPassedWithoutACheckIsAFindingAndALateCheckDoesNotMakeItGood() {
        Geschiedenis laat = gesloten(zaak -> zaak
                .stapVan("Wijkteam A", "NazorgVerlopen", "2027-06-30T22:00:00Z", "zaakId", "z1", "tot", "2027-06-30")
                .stapVan("Wijkteam A", "NazorgcontroleVastgelegd", "2027-07-01T09:00:00Z", "zaakId", "z1",
                        "op", "2027-07-01", "beeld", "GEEN_ZORGEN", "binnenTermijn", false));

        Toetsing toets = toetsing(Toetsingskader.toets(laat.dossier(), NA_AFLOOP), Criterium.NAZORG_NA_AFSLUITING);

        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("nazorg door CASUSREGISSEUR tot 2027-06-30 zonder controle");
        assertThat(toets.bewijs()).extracting(Bewijs::type).contains("ZaakAfgesloten", "NazorgVerlopen");
    }

    @Test
    void r16_issue14_aRunningTermOrAClosingFromBeforeIsNotJudged() {
        Toetsing lopend = toetsing(Toetsingskader.toets(gesloten(UnaryOperator.identity()).dossier(), TIJDENS),
                Criterium.NAZORG_NA_AFSLUITING);
        assertThat(lopend.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(lopend.toelichting()).contains("loopt tot 2027-06-30");

        Geschiedenis zonder = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "ZaakAfgesloten", "2027-03-31T09:00:00Z", "zaakId", "z1",
                        "uitkomst", "ZELFSTANDIG_VERDER");
        assertThat(toetsing(Toetsingskader.toets(zonder.dossier(), NA_AFLOOP), Criterium.NAZORG_NA_AFSLUITING)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    /** A zaak closed on 31 March 2027 with nazorg by the casusregisseur until 30 June. */
    private static Geschiedenis gesloten(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "ZaakAfgesloten", "2027-03-31T09:00:00Z", "zaakId", "z1",
                        "uitkomst", "ZELFSTANDIG_VERDER",
                        "nazorg", Map.of("door", "CASUSREGISSEUR", "tot", "2027-06-30")));
    }
}
