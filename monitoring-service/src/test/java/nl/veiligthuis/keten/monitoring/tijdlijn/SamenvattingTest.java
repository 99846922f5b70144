package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SamenvattingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void derivesTheShortDutchNameAndTheSource() {
        assertThat(Gebeurtenistype.kortNaam("nl.veilig-thuis.keten.triage.triage-afgerond.v1"))
                .isEqualTo("TriageAfgerond");
        assertThat(Gebeurtenistype.kortNaam("nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v2"))
                .isEqualTo("MonitoringContactVastgelegd");
        assertThat(Gebeurtenistype.bron(URI.create("urn:nl-veilig-thuis:keten:triage-service")))
                .isEqualTo("triage-service");
    }

    @Test
    void summarisesFromTheFactsOfThePayload() {
        assertThat(Samenvatting.van("TriageAfgerond", "triage-service", json("""
                {"uitkomst": "ONDERZOEK"}"""))).isEqualTo("Triage afgerond met uitkomst ONDERZOEK");
        assertThat(Samenvatting.van("OverdrachtGedaan", "triage-service", json("""
                {"route": "NA_ONDERZOEK", "gemeente": "Vlaardingen"}""")))
                .isEqualTo("Overdracht gedaan in gemeente Vlaardingen (route NA_ONDERZOEK)");
        assertThat(Samenvatting.van("MonitoringVerlopen", "monitoring-service", json("""
                {"uiterlijkEersteContactOp": "2027-04-14T22:30:00Z"}""")))
                .isEqualTo("VT monitoring verlopen: geen eerste contact uiterlijk op 2027-04-15");
    }

    @Test
    void summarisesRepeatsSeverityResponsibilityAndReturns() {
        // issue point 3, R2, R3, R9
        assertThat(Samenvatting.van("TriageGeopend", "triage-service", json("""
                {"herhaalmelding": true}"""))).isEqualTo("Triage geopend (herhaalmelding: VT was al betrokken)");
        assertThat(Samenvatting.van("TriageAfgerond", "triage-service", json("""
                {"uitkomst": "SPOED", "ernst": "ACUUT_ONVEILIG"}""")))
                .isEqualTo("Triage afgerond met uitkomst SPOED, ernst ACUUT_ONVEILIG");
        assertThat(Samenvatting.van("ZichtOpVeiligheidBijVeiligThuis", "triage-service", json("""
                {"grond": "ZAAK_TERUGGEMELD"}"""))).isEqualTo("Zicht op veiligheid bij Veilig Thuis (ZAAK_TERUGGEMELD)");
        assertThat(Samenvatting.van("ZaakTeruggemeld", "wijkteam-service", json("""
                {"reden": "ONVOLDOENDE_MIDDELEN"}""")))
                .isEqualTo("Zaak teruggemeld door wijkteam aan Veilig Thuis (reden ONVOLDOENDE_MIDDELEN)");
        assertThat(Samenvatting.van("TerugkoppelingVerstuurd", "melding-service", json("""
                {"moment": "NA_TRIAGE", "vervolgroute": "OVERGEDRAGEN_AAN_WIJKTEAM"}""")))
                .isEqualTo("Terugkoppeling aan melder verstuurd (NA_TRIAGE): OVERGEDRAGEN_AAN_WIJKTEAM");
    }

    @Test
    void r10_summarisesTheFirstCasusregisseurAndAChangeWithoutNamesOrOrganisation() {
        // R10: a change of regie shows on the timeline; the organisation is free text and stays out
        assertThat(Samenvatting.van("RegisseurToegewezen", "wijkteam-service", json("""
                {"wissel": false, "actor": {"rol": "CASUSREGISSEUR", "organisatie": "Minters"}}""")))
                .isEqualTo("Casusregisseur toegewezen door wijkteam");
        assertThat(Samenvatting.van("RegisseurToegewezen", "wijkteam-service", json("""
                {"wissel": true, "actor": {"rol": "CASUSREGISSEUR", "organisatie": "Minters"}}""")))
                .isEqualTo("Casusregisseur gewisseld door wijkteam");
    }

    @Test
    void r14_summarisesTheWijkteamsAnswerToMonitoringByCountsPerStand() {
        // R14: the answer shows on the gezin's timeline as counts of stand codes, never the goals
        assertThat(Samenvatting.van("MonitoringcontactBeantwoord", "wijkteam-service", json("""
                {"aantalDoelen": 3, "standen": {"BEHAALD": 1, "IN_UITVOERING": 2, "NIET_BEHAALD": 0,
                 "NIET_GESTART": 0, "Vader slaat": 1}}""")))
                .isEqualTo("Monitoringcontact van VT beantwoord door wijkteam; 3 doel(en): 1 BEHAALD, 2 IN_UITVOERING");
        assertThat(Samenvatting.van("MonitoringcontactBeantwoord", "wijkteam-service", json("{}")))
                .isEqualTo("Monitoringcontact van VT beantwoord door wijkteam");
    }

    @Test
    void issue14_r12_summarisesTheOfferOfAFamiliegroepsplanWithTheGezinsAnswer() {
        assertThat(Samenvatting.van("FamiliegroepsplanAangeboden", "wijkteam-service", json("""
                {"aangebodenOp": "2026-12-03", "antwoord": "GEZIN_ZIET_AF"}""")))
                .isEqualTo("Familiegroepsplan aangeboden aan het gezin op 2026-12-03: GEZIN_ZIET_AF");
    }

    @Test
    void issue14_r10_summarisesAMoveWithItsGemeentenAndTeamsAndKeepsAnythingElseOut() {
        assertThat(Samenvatting.van("VerhuizingAangemeld", "wijkteam-service", json("""
                {"vanGemeente": "Vlaardingen", "vanTeam": "Westwijk", "naarGemeente": "Schiedam",
                 "verhuisdOp": "2027-01-15"}""")))
                .isEqualTo("Verhuizing aangemeld van Vlaardingen (team Westwijk) naar Schiedam, verhuisd op 2027-01-15; "
                        + "regie en zicht op veiligheid blijven bij het wijkteam tot de overname");
        assertThat(Samenvatting.van("ZaakVerhuisd", "wijkteam-service", json("""
                {"vanGemeente": "Vlaardingen", "naarGemeente": "Schiedam", "naarTeam": "Centrum",
                 "warmeOverdrachtOp": "2027-01-12"}""")))
                .isEqualTo("Zaak overgenomen door het wijkteam van Schiedam (team Centrum) na de warme overdracht van "
                        + "2027-01-12: regie en zicht op veiligheid gaan over van Vlaardingen");
        assertThat(Samenvatting.van("VerhuizingGeweigerd", "wijkteam-service", json("""
                {"vanGemeente": "Vlaardingen", "naarGemeente": "<script>", "reden": "ANDERS"}""")))
                .isEqualTo("Verhuizing geweigerd: ANDERS; regie en zicht op veiligheid blijven bij Vlaardingen");
    }

    @Test
    void r14_issue14_summarisesWhoTookALapseOnByRoleOnly() {
        assertThat(Samenvatting.van("MonitoringWerkOpgepakt", "monitoring-service", json("{}")))
                .isEqualTo("Verlopen VT monitoring opgepakt door een medewerker van Veilig Thuis");
        assertThat(Samenvatting.van("MonitoringWerkOpgepakt", "monitoring-service", json("""
                {"contactId": "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"}""")))
                .isEqualTo("Onbeantwoord monitoringcontact opgepakt door een medewerker van Veilig Thuis");
    }

    @Test
    void anUnknownTypeGetsAGenericSentenceAndFreeTextNeverReachesIt() {
        assertThat(Samenvatting.van("IetsNieuws", "wijkteam-service", json("{}")))
                .isEqualTo("IetsNieuws ontvangen van wijkteam-service");
        assertThat(Samenvatting.van("TriageAfgerond", "triage-service", json("""
                {"uitkomst": "Jan Jansen sloeg zijn kind"}"""))).isEqualTo("Triage afgerond");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
