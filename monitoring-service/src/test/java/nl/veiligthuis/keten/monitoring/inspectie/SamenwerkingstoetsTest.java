package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 11 (001 Bijlage 1; 001: "niet navolgbaar wie wat doet"): when Veilig Thuis acts during a zaak in
 * treatment, Veilig Thuis and the wijkteam record who does what.
 */
class SamenwerkingstoetsTest {

    private static final Moment NU = new Moment(Instant.parse("2027-05-01T12:00:00Z"));

    @Test
    void r10_issue14_anOnderzoekDuringTheZaakWithATaskSplitWithinTwoWeeksIsMet() {
        Geschiedenis geschiedenis = zaak(zaak -> zaak
                .stap("OnderzoekGestart", "2027-04-01T09:00:00Z", "onderzoekId", "o2", "meldingId", "m2")
                .stapVan("Wijkteam A", "OverlegVastgelegd", "2027-04-08T15:00:00Z", "zaakId", "z1",
                        "soort", "CASUSOVERLEG", "op", "2027-04-08", "deelnemers", List.of("VEILIG_THUIS", "WIJKTEAM"),
                        "taken", List.of(Map.of("door", "VEILIG_THUIS"))));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.TAAKVERDELING_MET_VEILIG_THUIS);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.bewijs()).extracting(Bewijs::type).contains("OnderzoekGestart", "OverlegVastgelegd");
    }

    @Test
    void r10_issue14_aJoinedHandoverWithoutATaskSplitIsAFindingOnceTwoWeeksPassed() {
        Geschiedenis geschiedenis = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OverdrachtBijZaakGevoegd", "2027-04-01T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov2")
                // a consultation without a task, and one without Veilig Thuis at the table, split nothing
                .stapVan("Wijkteam A", "OverlegVastgelegd", "2027-04-05T15:00:00Z", "zaakId", "z1",
                        "soort", "GEZAMENLIJKE_REFLECTIE", "op", "2027-04-05",
                        "deelnemers", List.of("VEILIG_THUIS", "WIJKTEAM"), "taken", List.of()));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.TAAKVERDELING_MET_VEILIG_THUIS);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).contains("OverdrachtBijZaakGevoegd op 2027-04-01 tijdens de lopende zaak zonder "
                + "vastgelegde taakverdeling binnen 14 dagen");
        // R19: as known on 10 April the two weeks still ran
        Toetsing toen = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2027-04-10T12:00:00Z"))), Criterium.TAAKVERDELING_MET_VEILIG_THUIS);
        assertThat(toen.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r10_issue14_anOnderzoekBeforeTheAcceptanceOrAfterTheClosingIsNoActDuringTheZaak() {
        Geschiedenis geschiedenis = zaak(zaak -> zaak
                .stap("OnderzoekGestart", "2027-02-01T09:00:00Z", "onderzoekId", "o1", "meldingId", "m1")
                .stapVan("Wijkteam A", "ZaakAfgesloten", "2027-03-20T09:00:00Z", "zaakId", "z1",
                        "uitkomst", "ZELFSTANDIG_VERDER")
                .stap("OnderzoekGestart", "2027-04-01T09:00:00Z", "onderzoekId", "o2", "meldingId", "m2"));

        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU), Criterium.TAAKVERDELING_MET_VEILIG_THUIS)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r10_issue14_countedByTheDayTheOverlegWasHeldAndNotForAHandoverSplitOffOrAZaakThatEnded() {
        // held on 30 March, before the onderzoek of 1 April, recorded after it: no split of tasks for that onderzoek
        Geschiedenis eerder = zaak(zaak -> zaak
                .stap("OnderzoekGestart", "2027-04-01T09:00:00Z", "onderzoekId", "o2", "meldingId", "m2")
                .stapVan("Wijkteam A", "OverlegVastgelegd", "2027-04-02T15:00:00Z", "zaakId", "z1",
                        "soort", "CASUSOVERLEG", "op", "2027-03-30", "deelnemers", List.of("VEILIG_THUIS", "WIJKTEAM"),
                        "taken", List.of(Map.of("door", "WIJKTEAM"))));
        assertThat(toetsing(Toetsingskader.toets(eerder.dossier(), NU), Criterium.TAAKVERDELING_MET_VEILIG_THUIS)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // a handover split off to a zaak of its own, and an act the zaak was returned within two weeks of
        Geschiedenis anders = zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OverdrachtBijZaakGevoegd", "2027-04-01T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov2")
                .stapVan("Wijkteam A", "OverdrachtAfgesplitst", "2027-04-02T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov2", "nieuweZaakId", "z2", "reden", "ANDERE_GEZINSSITUATIE")
                .stap("OnderzoekGestart", "2027-04-10T09:00:00Z", "onderzoekId", "o3", "meldingId", "m3")
                .stapVan("Wijkteam A", "ZaakTeruggemeld", "2027-04-15T09:00:00Z", "zaakId", "z1",
                        "reden", "ONVOLDOENDE_MIDDELEN"));
        assertThat(toetsing(Toetsingskader.toets(anders.dossier(), NU), Criterium.TAAKVERDELING_MET_VEILIG_THUIS)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    /** A zaak accepted on 3 March 2027. */
    private static Geschiedenis zaak(UnaryOperator<Geschiedenis> verder) {
        return verder.apply(new Geschiedenis()
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1"));
    }
}
