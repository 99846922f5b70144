package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.ToetsingskaderTest.toetsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 13 (001 Bijlage 1: "vanuit het wijkteam wordt opgeschaald wanneer de vrijwillige hulp onvoldoende tot
 * stand komt of onvoldoende toereikend of effectief blijkt"; R15).
 */
class OpschalingstoetsTest {

    private static final Moment NU = new Moment(Instant.parse("2027-06-01T12:00:00Z"));

    @Test
    void r15_issue14_twoEvaluationsWithoutAnyGoalReachedFollowedByAnEscalationIsMet() {
        Geschiedenis geschiedenis = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2)
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-05-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2)
                .stapVan("Wijkteam A", "ZaakOpgeschaald", "2027-05-10T10:00:00Z", "zaakId", "z1",
                        "tafel", "JEUGDBESCHERMINGSTAFEL", "reden", "GEEN_VERANDERING_ONDANKS_HULP"));

        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT);

        assertThat(toets.uitkomst()).as(toets.toelichting()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).isEqualTo("twee evaluaties van het ondersteuningsplan op rij: geen doel (deels) "
                + "behaald (2027-04-01 en 2027-05-01); opgeschaald: ZaakOpgeschaald naar JEUGDBESCHERMINGSTAFEL op "
                + "2027-05-10");
        assertThat(toets.bewijs()).hasSize(3);
    }

    @Test
    void r15_issue14_withoutAnEscalationWithinTwoWeeksItIsAFindingAndAPartlyReachedGoalBreaksTheRow() {
        UnaryOperator<Geschiedenis> zonderResultaat = zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2)
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-05-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2);
        Toetsing toets = toetsing(Toetsingskader.toets(PlanToetsenTest.zaak(zonderResultaat).dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toets.toelichting()).endsWith("niet opgeschaald binnen 14 dagen");
        // R19: as known on 10 May the two weeks still ran
        assertThat(toetsing(Toetsingskader.toets(PlanToetsenTest.zaak(zonderResultaat).dossier(),
                new Moment(Instant.parse("2027-05-10T12:00:00Z"))), Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);

        Geschiedenis deels = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2)
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-15T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 1, "aantalNietBehaald", 1)
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-05-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2));
        assertThat(toetsing(Toetsingskader.toets(deels.dossier(), NU), Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT)
                .uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r15_issue14_anEarlierEscalationCountsWhileItsTafelHasNotDecidedOrTookTheRegieOver() {
        UnaryOperator<Geschiedenis> zonderResultaat = zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2)
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-05-01T10:00:00Z", "zaakId", "z1",
                        "aantalBehaald", 0, "aantalDeelsBehaald", 0, "aantalNietBehaald", 2);
        UnaryOperator<Geschiedenis> opgeschaald = zaak -> zaak.stapVan("Wijkteam A", "ZaakOpgeschaald",
                "2027-03-20T10:00:00Z", "zaakId", "z1", "opschalingId", "op1", "tafel", "JEUGDBESCHERMINGSTAFEL",
                "reden", "GEZIN_WERKT_NIET_MEE");
        // waiting for the tafel's decision
        Geschiedenis wacht = PlanToetsenTest.zaak(zaak -> zonderResultaat.apply(opgeschaald.apply(zaak)));
        assertThat(toetsing(Toetsingskader.toets(wacht.dossier(), NU), Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT)
                .uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        // the tafel left the regie with the wijkteam before the evaluations: help without effect asks again
        Geschiedenis besloten = PlanToetsenTest.zaak(zaak -> zonderResultaat.apply(opgeschaald.apply(zaak)
                .stapVan("Wijkteam A", "OpschalingBesloten", "2027-03-25T10:00:00Z", "zaakId", "z1",
                        "opschalingId", "op1", "besluit", "REGIE_BLIJFT_BIJ_WIJKTEAM")));
        assertThat(toetsing(Toetsingskader.toets(besloten.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // it took the regie over: the team waits for child protection
        Geschiedenis overgedragen = PlanToetsenTest.zaak(zaak -> zonderResultaat.apply(opgeschaald.apply(zaak)
                .stapVan("Wijkteam A", "OpschalingBesloten", "2027-03-25T10:00:00Z", "zaakId", "z1",
                        "opschalingId", "op1", "besluit", "REGIE_OVERGEDRAGEN")));
        assertThat(toetsing(Toetsingskader.toets(overgedragen.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
    }

    @Test
    void r15_issue14_anEvaluationStoredWithoutItsCountsSaysNothing() {
        Geschiedenis geschiedenis = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "OndersteuningsplanGeevalueerd", "2027-05-01T10:00:00Z", "zaakId", "z1"));
        assertThat(toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }

    @Test
    void r15_issue14_aChildStillUnsafeAtTwoVeiligheidsplanEvaluationsAsksForAnEscalationOrAReturn() {
        Geschiedenis geschiedenis = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ONVEILIG")))
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-20T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ONVEILIG")))
                .stapVan("Wijkteam A", "ZaakTeruggemeld", "2027-04-25T10:00:00Z", "zaakId", "z1",
                        "reden", "ONVOLDOENDE_MIDDELEN"));
        Toetsing toets = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT);
        assertThat(toets.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toets.toelichting()).startsWith("twee evaluaties van het veiligheidsplan op rij: een kind blijft "
                + "onveilig").contains("ZaakTeruggemeld op 2027-04-25");

        // judged anew as not unsafe in between: the row starts over
        Geschiedenis opnieuw = PlanToetsenTest.zaak(zaak -> zaak
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-01T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ONVEILIG")))
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-04-10T10:00:00Z", "zaakId", "z1",
                        "lidId", "kind", "oordeel", "ZORGELIJK")
                .stapVan("Wijkteam A", "VeiligheidsplanGeevalueerd", "2027-04-20T10:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "kind", "huidigOordeel", "ONVEILIG"))));
        assertThat(toetsing(Toetsingskader.toets(opnieuw.dossier(), NU),
                Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT).uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
    }
}
