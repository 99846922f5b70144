package nl.veiligthuis.keten.monitoring.inspectie;

import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.ACUUT_ONVEILIG_GEHANDELD;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.VERHUIZING_WARM_OVERGEDRAGEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.FAMILIEGROEPSPLAN_AANGEBODEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.CONTACT_BIJ_ONVEILIG_KIND;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.DELEN_MET_TOESTEMMING_OF_REDEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.INSCHATTING_OVER_ALLE_OUDERS;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.NAZORG_NA_AFSLUITING;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.TAAKVERDELING_MET_VEILIG_THUIS;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.VEILIGHEIDSOORDEEL_ACTUEEL;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.EEN_CASUSREGISSEUR;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.ELK_KIND_GESPROKEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.GEEN_AFSLUITING_MET_ONVEILIG_KIND;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.ONDERZOEK_BINNEN_10_WEKEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.OVERDRACHTSGESPREK_NA_ONDERZOEK;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.TERUGMELDINGEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.TRIAGE_BINNEN_5_WERKDAGEN;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD;
import static nl.veiligthuis.keten.monitoring.inspectie.Criterium.VEILIGHEID_ELK_KIND_BEOORDEELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** R19: every criterion of the inspection framework, on synthetic histories of good and bad practice. */
class ToetsingskaderTest {

    private static final Moment NA_AFLOOP = new Moment(Instant.parse("2027-06-10T12:00:00Z"));

    /** Onderzoek, handover with a meeting, monitoring on time, one regisseur, every child seen, a plan that worked. */
    static Geschiedenis goedePraktijk() {
        return new Geschiedenis()
                .stap("MeldingOntvangen", "2027-01-04T09:00:00Z", "meldingId", "m1", "regio", "VeiligThuisRotterdamRijnmond",
                        "gemeente", "Vlaardingen", "ontvangenOp", "2027-01-04T09:00:00Z")
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11",
                        "regio", "VeiligThuisRotterdamRijnmond", "geopendOp", "2027-01-04T09:00:01Z")
                .stap("TriageAfgerond", "2027-01-06T10:00:00Z", "meldingId", "m1", "uitkomst", "ONDERZOEK",
                        "binnenTermijn", true, "afgerondOp", "2027-01-06T10:00:00Z", "ronde", 1)
                .stap("ZichtOpVeiligheidBijVeiligThuis", "2027-01-06T10:00:00Z", "meldingId", "m1",
                        "houder", "VEILIG_THUIS", "sinds", "2027-01-06T10:00:00Z", "grond", "TRIAGE_AFGEROND")
                .stap("OnderzoekGestart", "2027-01-07T09:00:00Z", "onderzoekId", "o1", "meldingId", "m1",
                        "gestartOp", "2027-01-07T09:00:00Z", "uiterlijkAfgerondOp", "2027-03-18")
                .stap("OnderzoekAfgerond", "2027-03-01T15:00:00Z", "onderzoekId", "o1", "meldingId", "m1",
                        "afgerondOp", "2027-03-01T15:00:00Z", "binnenTermijn", true, "aantalDoelen", 2)
                .stap("OverdrachtsgesprekGevoerd", "2027-03-02T09:00:00Z", "onderzoekId", "o1", "meldingId", "m1",
                        "gevoerdOp", "2027-03-02T09:00:00Z", "aantalDeelnemers", 3)
                .stap("OverdrachtGedaan", "2027-03-02T09:30:00Z", "overdrachtId", "ov1", "meldingId", "m1",
                        "route", "NA_ONDERZOEK", "gemeente", "Vlaardingen", "onderzoekId", "o1",
                        "overdrachtGedaanOp", "2027-03-02T09:30:00Z",
                        "toestemming", "GEGEVEN")
                .stap("MonitoringGestart", "2027-03-02T09:30:01Z", "monitoringId", "mon1", "overdrachtId", "ov1",
                        "gestartOp", "2027-03-02T09:30:01Z", "uiterlijkEersteContactOp", "2027-06-02T09:30:00Z")
                .stapVan("Wijkteam Vlaardingen", "ZaakGeopend", "2027-03-02T09:30:02Z", "zaakId", "z1",
                        "overdrachtId", "ov1", "gemeente", "Vlaardingen", "route", "NA_ONDERZOEK")
                .stapVan("Wijkteam Vlaardingen", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov1", "geaccepteerdOp", "2027-03-03T09:00:00Z")
                .stapVan("Minters", "RegisseurToegewezen", "2027-03-03T09:10:00Z", "zaakId", "z1",
                        "toegewezenOp", "2027-03-03T09:10:00Z", "wissel", false)
                .stapVan("Wijkteam Vlaardingen", "GezinslidGeregistreerd", "2027-03-03T10:00:00Z", "zaakId", "z1",
                        "lidId", "l1", "rol", "OUDER")
                .stapVan("Wijkteam Vlaardingen", "GezinslidGeregistreerd", "2027-03-03T10:01:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND")
                .stapVan("Wijkteam Vlaardingen", "GezinslidGeregistreerd", "2027-03-03T10:02:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "KIND")
                // issue 14 point 13: an unsafe child seen at a home visit, judged the same day (acuut gehandeld)
                .stapVan("Wijkteam Vlaardingen", "ContactVastgelegd", "2027-03-04T09:30:00Z", "zaakId", "z1",
                        "contactId", "k0", "soort", "HUISBEZOEK", "op", "2027-03-04", "gezien", List.of("l2"),
                        "beeld", "ONVEILIG", "teltAlsContact", true)
                .stapVan("Wijkteam Vlaardingen", "GesprekVastgelegd", "2027-03-04T09:45:00Z", "zaakId", "z1",
                        "lidId", "l1", "rol", "OUDER", "gesproken", true, "gevoerdOp", "2027-03-04")
                .stapVan("Wijkteam Vlaardingen", "GesprekVastgelegd", "2027-03-04T10:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND", "gesproken", true)
                .stapVan("Wijkteam Vlaardingen", "GesprekVastgelegd", "2027-03-04T10:30:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "KIND", "gesproken", false, "redenNietGesproken", "TE_JONG")
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsinschattingVastgelegd", "2027-03-04T11:00:00Z",
                        "zaakId", "z1", "lidId", "l2", "instrument", "LIRIK", "oordeel", "ONVEILIG",
                        "volwassenen", List.of("l1"))
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsinschattingVastgelegd", "2027-03-04T11:10:00Z",
                        "zaakId", "z1", "lidId", "l3", "instrument", "ETM", "oordeel", "VEILIG",
                        "volwassenen", List.of("l1"))
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsplanOpgesteld", "2027-03-05T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "ernst", "HOOG", "opgesteldOp", "2027-03-05T09:00:00Z",
                        "eindigtOp", "2027-05-05T09:00:00Z", "eersteEvaluatieOp", "2027-03-19T09:00:00Z")
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsplanBeoordeeld", "2027-03-05T15:00:00Z", "zaakId", "z1",
                        "versie", 1, "besluit", "GOEDGEKEURD")
                // issue 14 point 13: the familiegroepsplan offered and declined; the plan with the gezin approved
                .stapVan("Wijkteam Vlaardingen", "FamiliegroepsplanAangeboden", "2027-03-08T15:00:00Z", "zaakId",
                        "z1", "aangebodenOp", "2027-03-08", "antwoord", "GEZIN_ZIET_AF")
                .stapVan("Wijkteam Vlaardingen", "OndersteuningsplanOpgesteld", "2027-03-10T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldMet", "MET_GEZIN", "opgesteldOp", "2027-03-10T09:00:00Z")

                .stapVan("Wijkteam Vlaardingen", "ContactVastgelegd", "2027-03-11T16:00:00Z", "zaakId", "z1",
                        "contactId", "k1", "soort", "HUISBEZOEK", "op", "2027-03-11", "gezien", List.of("l2", "l3"),
                        "beeld", "ZORGEN_ONVERANDERD", "teltAlsContact", true)
                .stapVan("Wijkteam Vlaardingen", "OndersteuningsplanBeoordeeld", "2027-03-15T15:00:00Z", "zaakId",
                        "z1", "versie", 1, "besluit", "GOEDGEKEURD")
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsplanGeevalueerd", "2027-03-18T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "kinderen", List.of(Map.of("lidId", "l2", "startOordeel", "ONVEILIG",
                                "huidigOordeel", "VEILIG", "verloop", "VERBETERD")),
                        "opTijd", true, "geevalueerdOp", "2027-03-18T09:00:00Z",
                        "volgendeEvaluatieOp", "2027-04-01T09:00:00Z")
                // issue 14 point 11: a further handover joins the zaak; Veilig Thuis and the wijkteam split the tasks
                .stapVan("Wijkteam Vlaardingen", "OverdrachtBijZaakGevoegd", "2027-03-20T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov9")
                .stapVan("Wijkteam Vlaardingen", "OverlegVastgelegd", "2027-03-24T15:00:00Z", "zaakId", "z1",
                        "soort", "CASUSOVERLEG", "op", "2027-03-24", "deelnemers", List.of("VEILIG_THUIS", "WIJKTEAM"),
                        "taken", List.of(Map.of("door", "WIJKTEAM")))
                .stapVan("Wijkteam Vlaardingen", "VeiligheidsplanBeeindigd", "2027-03-25T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "reden", "VEILIGHEID_HERSTELD")
                // issue 14 point 13: two evaluations without any goal reached, the team escalates; then progress,
                // evaluated together with the gezin
                .stapVan("Wijkteam Vlaardingen", "OndersteuningsplanGeevalueerd", "2027-03-26T10:00:00Z", "zaakId",
                        "z1", "versie", 1, "samenMetGezin", true, "aantalBehaald", 0, "aantalDeelsBehaald", 0)
                .stapVan("Wijkteam Vlaardingen", "OndersteuningsplanGeevalueerd", "2027-04-09T10:00:00Z", "zaakId",
                        "z1", "versie", 1, "samenMetGezin", true, "aantalBehaald", 0, "aantalDeelsBehaald", 0)
                .stapVan("Wijkteam Vlaardingen", "ZaakOpgeschaald", "2027-04-12T10:00:00Z", "zaakId", "z1",
                        "tafel", "JEUGDBESCHERMINGSTAFEL", "reden", "GEEN_VERANDERING_ONDANKS_HULP")
                .stapVan("Wijkteam Vlaardingen", "OpschalingBesloten", "2027-04-19T10:00:00Z", "zaakId", "z1",
                        "tafel", "JEUGDBESCHERMINGSTAFEL", "besluit", "REGIE_BLIJFT_BIJ_WIJKTEAM")
                .stapVan("Wijkteam Vlaardingen", "OndersteuningsplanGeevalueerd", "2027-04-26T10:00:00Z", "zaakId",
                        "z1", "versie", 1, "samenMetGezin", true, "aantalBehaald", 1, "aantalDeelsBehaald", 1)
                // issue 14 point 10: the gezin moves within Vlaardingen; another team takes the zaak over
                .stapVan("Wijkteam Vlaardingen", "VerhuizingAangemeld", "2027-04-20T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "vanTeam", "Westwijk",
                        "naarGemeente", "Vlaardingen", "naarTeam", "Oostwijk")
                .stapVan("Wijkteam Vlaardingen", "ZaakVerhuisd", "2027-04-22T10:00:00Z", "zaakId", "z1",
                        "verhuizingId", "v1", "vanGemeente", "Vlaardingen", "naarGemeente", "Vlaardingen",
                        "naarTeam", "Oostwijk", "warmeOverdrachtOp", "2027-04-22",
                        "overgedragenOp", "2027-04-22T10:00:00Z")
                .stapVan("Minters", "RegisseurToegewezen", "2027-04-22T10:00:00Z", "zaakId", "z1",
                        "toegewezenOp", "2027-04-22T10:00:00Z", "wissel", true)
                .stap("MonitoringContactVastgelegd", "2027-04-01T10:00:00Z", "monitoringId", "mon1",
                        "contactId", "c1", "contactOp", "2027-04-01T10:00:00Z")
                .stapVan("Wijkteam Vlaardingen", "ZaakAfgesloten", "2027-05-01T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov1", "uitkomst", "ZELFSTANDIG_VERDER", "afgeslotenOp", "2027-05-01T09:00:00Z",
                        "nazorg", Map.of("door", "CASUSREGISSEUR", "tot", "2027-06-01"))
                .stapVan("Wijkteam Vlaardingen", "NazorgcontroleVastgelegd", "2027-05-20T10:00:00Z", "zaakId", "z1",
                        "op", "2027-05-20", "beeld", "GEEN_ZORGEN", "binnenTermijn", true);
    }

    /** Every criterion broken once: late triage and onderzoek, no meeting, no contact, no regisseur, and so on. */
    static Geschiedenis slechtePraktijk() {
        return new Geschiedenis()
                .stap("MeldingOntvangen", "2027-01-04T09:00:00Z", "meldingId", "m1", "regio", "VeiligThuisUtrecht",
                        "gemeente", "Houten", "acuutOnveilig", true)
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11")
                .stap("TriagetermijnOverschreden", "2027-01-11T23:00:01Z", "meldingId", "m1",
                        "uiterlijkAfgerondOp", "2027-01-11")
                .stap("TriageAfgerond", "2027-01-14T10:00:00Z", "meldingId", "m1", "uitkomst", "ONDERZOEK",
                        "binnenTermijn", false, "afgerondOp", "2027-01-14T10:00:00Z")
                .stap("OnderzoekGestart", "2027-01-15T09:00:00Z", "onderzoekId", "o1", "meldingId", "m1",
                        "uiterlijkAfgerondOp", "2027-03-26")
                .stap("OnderzoekstermijnOverschreden", "2027-03-26T23:00:01Z", "onderzoekId", "o1",
                        "uiterlijkAfgerondOp", "2027-03-26")
                .stap("OnderzoekAfgerond", "2027-04-20T15:00:00Z", "onderzoekId", "o1", "afgerondOp",
                        "2027-04-20T15:00:00Z", "binnenTermijn", false)
                .stap("OverdrachtGedaan", "2027-04-21T09:30:00Z", "overdrachtId", "ov1", "route", "NA_ONDERZOEK",
                        "onderzoekId", "o1", "gemeente", "Houten", "overdrachtGedaanOp", "2027-04-21T09:30:00Z")
                .stap("MonitoringGestart", "2027-04-21T09:30:01Z", "monitoringId", "mon1", "overdrachtId", "ov1",
                        "uiterlijkEersteContactOp", "2027-07-21T09:30:00Z")
                .stap("MonitoringVerlopen", "2027-07-21T09:30:02Z", "monitoringId", "mon1",
                        "uiterlijkEersteContactOp", "2027-07-21T09:30:00Z")
                .stapVan("Wijkteam Houten", "ZaakGeopend", "2027-04-21T09:31:00Z", "zaakId", "z1", "overdrachtId", "ov1")
                .stapVan("Wijkteam Houten", "OverdrachtGeaccepteerd", "2027-04-22T09:00:00Z", "zaakId", "z1",
                        "geaccepteerdOp", "2027-04-22T09:00:00Z")
                .stapVan("Wijkteam Houten", "GezinslidGeregistreerd", "2027-04-22T10:00:00Z", "zaakId", "z1",
                        "lidId", "l1", "rol", "OUDER")
                .stapVan("Wijkteam Houten", "GezinslidGeregistreerd", "2027-04-22T10:01:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND")
                .stapVan("Wijkteam Houten", "GezinslidGeregistreerd", "2027-04-22T10:02:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "KIND")
                .stapVan("Wijkteam Houten", "GesprekVastgelegd", "2027-04-23T10:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "gesproken", true)
                .stapVan("Wijkteam Houten", "VeiligheidsinschattingVastgelegd", "2027-04-23T11:00:00Z",
                        "zaakId", "z1", "lidId", "l2", "instrument", "LIRIK", "oordeel", "ONVEILIG",
                        "volwassenen", List.of())
                .stapVan("Wijkteam Houten", "ZaakAfgesloten", "2027-05-20T09:00:00Z", "zaakId", "z1",
                        "uitkomst", "GEEN_HULPVRAAG", "nazorg", Map.of("door", "CASUSREGISSEUR", "tot", "2027-06-20"))
                // issue 14 point 9: a child judged once in April and never again
                .stapVan("Wijkteam Houten", "OverdrachtGeaccepteerd", "2027-04-25T09:00:00Z", "zaakId", "z4",
                        "geaccepteerdOp", "2027-04-25T09:00:00Z")
                .stapVan("Wijkteam Houten", "GezinslidGeregistreerd", "2027-04-25T10:00:00Z", "zaakId", "z4",
                        "lidId", "l9", "rol", "KIND")
                .stapVan("Wijkteam Houten", "GesprekVastgelegd", "2027-04-25T10:30:00Z", "zaakId", "z4",
                        "lidId", "l9", "gesproken", true)
                .stapVan("Wijkteam Houten", "VeiligheidsinschattingVastgelegd", "2027-04-26T11:00:00Z",
                        "zaakId", "z4", "lidId", "l9", "instrument", "ETM", "oordeel", "VEILIG",
                        "volwassenen", List.of())
                // issue 14 point 13: a plan without a parent heard or a familiegroepsplan offered, never evaluated
                // with the gezin, and no escalation after two evaluations without any goal reached
                .stapVan("Wijkteam Houten", "OndersteuningsplanOpgesteld", "2027-05-05T09:00:00Z", "zaakId", "z4",
                        "versie", 1, "opgesteldMet", "MET_GEZIN")
                .stapVan("Wijkteam Houten", "OndersteuningsplanBeoordeeld", "2027-05-06T09:00:00Z", "zaakId", "z4",
                        "versie", 1, "besluit", "GOEDGEKEURD")
                .stapVan("Wijkteam Houten", "OndersteuningsplanGeevalueerd", "2027-06-01T09:00:00Z", "zaakId", "z4",
                        "versie", 1, "samenMetGezin", false, "aantalBehaald", 0, "aantalDeelsBehaald", 0)
                .stapVan("Wijkteam Houten", "OndersteuningsplanGeevalueerd", "2027-07-01T09:00:00Z", "zaakId", "z4",
                        "versie", 1, "samenMetGezin", false, "aantalBehaald", 0, "aantalDeelsBehaald", 0)
                // issue 14 point 10: the gezin of z4 moves and nobody in Utrecht decides on it
                .stapVan("Wijkteam Houten", "VerhuizingAangemeld", "2027-05-10T09:00:00Z", "zaakId", "z4",
                        "verhuizingId", "v4", "vanGemeente", "Houten", "naarGemeente", "Utrecht")
                // issue 14 point 11: a further handover joins z4 and nobody records who does what
                .stapVan("Wijkteam Houten", "OverdrachtBijZaakGevoegd", "2027-05-01T09:00:00Z", "zaakId", "z4",
                        "overdrachtId", "ov9")
                .stapVan("Wijkteam Houten", "ZaakGeopend", "2027-05-21T09:00:00Z", "zaakId", "z2", "overdrachtId", "ov2")
                .stapVan("Wijkteam Houten", "ZaakTeruggemeld", "2027-05-22T09:00:00Z", "zaakId", "z2",
                        "reden", "ONVOLDOENDE_MIDDELEN")
                .stapVan("Wijkteam Houten", "ZaakGeopend", "2027-05-25T09:00:00Z", "zaakId", "z3", "overdrachtId", "ov3")
                .stapVan("Wijkteam Houten", "ZaakTeruggemeld", "2027-05-26T09:00:00Z", "zaakId", "z3",
                        "reden", "ONVOLDOENDE_MIDDELEN");
    }

    @Test
    void r19_goodPracticeMeetsEveryCriterion() {
        // R1 R4 R8 R9 R10 R11 R13 R14 R16 R17
        List<Toetsing> toetsingen = Toetsingskader.toets(goedePraktijk().dossier(), NA_AFLOOP);

        assertThat(toetsingen).extracting(Toetsing::criterium).containsExactly(Criterium.values());
        assertThat(toetsingen).allSatisfy(toetsing -> assertThat(toetsing.uitkomst())
                .as(toetsing.criterium() + ": " + toetsing.toelichting()).isEqualTo(Uitkomst.VOLDAAN));
        assertThat(toetsing(toetsingen, TERUGMELDINGEN).aantal()).isZero();
    }

    @Test
    void r19_badPracticeBreaksExactlyTheCriteriaPutIn() {
        List<Toetsing> toetsingen = Toetsingskader.toets(slechtePraktijk().dossier(), NA_AFLOOP.plusMaanden(2));

        assertThat(nietVoldaan(toetsingen)).isEqualTo(EnumSet.allOf(Criterium.class));
        assertThat(toetsing(toetsingen, TRIAGE_BINNEN_5_WERKDAGEN).toelichting()).contains("overschreden"); // R1
        assertThat(toetsing(toetsingen, ONDERZOEK_BINNEN_10_WEKEN).toelichting()).contains("2027-03-26"); // R4
        assertThat(toetsing(toetsingen, OVERDRACHTSGESPREK_NA_ONDERZOEK).toelichting())
                .contains("zonder overdrachtsgesprek"); // R8
        assertThat(toetsing(toetsingen, DELEN_MET_TOESTEMMING_OF_REDEN).toelichting())
                .contains("zonder vastgelegde toestemming of veiligheidsreden"); // R17
        assertThat(toetsing(toetsingen, EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN).toelichting())
                .contains("geen contact binnen 3 maanden"); // R14
        assertThat(toetsing(toetsingen, EEN_CASUSREGISSEUR).toelichting()).contains("zonder casusregisseur"); // R10
        assertThat(toetsing(toetsingen, ELK_KIND_GESPROKEN).toelichting()).contains("l3").doesNotContain("l2"); // R11
        assertThat(toetsing(toetsingen, VEILIGHEID_ELK_KIND_BEOORDEELD).toelichting()).contains("l3"); // R11
        assertThat(toetsing(toetsingen, VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD).toelichting())
                .contains("onveilig kind zonder veiligheidsplan"); // R13
        assertThat(toetsing(toetsingen, CONTACT_BIJ_ONVEILIG_KIND).toelichting())
                .contains("kind onveilig en geen contact met het gezin"); // R13, issue 14 point 6
        assertThat(toetsing(toetsingen, INSCHATTING_OVER_ALLE_OUDERS).toelichting())
                .contains("kind l2: inschatting niet over l1"); // R11, issue 14 point 9
        assertThat(toetsing(toetsingen, VEILIGHEIDSOORDEEL_ACTUEEL).toelichting())
                .contains("kind l9: oordeel niet herbeoordeeld van 2027-04-26"); // R11, issue 14 point 9
        assertThat(toetsing(toetsingen, GEEN_AFSLUITING_MET_ONVEILIG_KIND).toelichting())
                .contains("l2 ONVEILIG").contains("l3 zonder oordeel"); // R16
        assertThat(toetsing(toetsingen, TAAKVERDELING_MET_VEILIG_THUIS).toelichting())
                .contains("zonder vastgelegde taakverdeling"); // R10, issue 14 point 11
        assertThat(toetsing(toetsingen, NAZORG_NA_AFSLUITING).toelichting())
                .contains("tot 2027-06-20 zonder controle"); // R16, issue 14 point 7
        assertThat(toetsing(toetsingen, TERUGMELDINGEN).aantal()).isEqualTo(2); // R9
        assertThat(toetsing(toetsingen, VERHUIZING_WARM_OVERGEDRAGEN).toelichting())
                .contains("wacht sinds 2027-05-10"); // R10, issue 14 point 10
        // issue 14 point 13 (001 Bijlage 1)
        assertThat(toetsing(toetsingen, ACUUT_ONVEILIG_GEHANDELD).toelichting()).contains("pas besloten op"); // R2
        assertThat(toetsing(toetsingen, HULPVRAAG_MET_OUDERS_EN_KINDEREN).toelichting())
                .contains("geen ouder vastgelegd"); // R12
        assertThat(toetsing(toetsingen, FAMILIEGROEPSPLAN_AANGEBODEN).toelichting())
                .contains("zonder vastgelegd aanbod"); // R12
        assertThat(toetsing(toetsingen, ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD).toelichting())
                .contains("2 keer geëvalueerd zonder het gezin"); // R12
        assertThat(toetsing(toetsingen, OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT).toelichting())
                .contains("niet opgeschaald"); // R15
    }

    @Test
    void r19_everyJudgementNamesTheEntriesThatProveIt() {
        Geschiedenis geschiedenis = slechtePraktijk();
        List<Toetsing> toetsingen = Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP.plusMaanden(2));

        assertThat(toetsing(toetsingen, TRIAGE_BINNEN_5_WERKDAGEN).bewijs()).extracting(Bewijs::eventId)
                .contains(geschiedenis.eventId("TriagetermijnOverschreden"), geschiedenis.eventId("TriageAfgerond"));
        assertThat(toetsing(toetsingen, EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN).bewijs()).extracting(Bewijs::type)
                .contains("MonitoringGestart", "MonitoringVerlopen");
        assertThat(toetsing(toetsingen, TERUGMELDINGEN).bewijs()).extracting(Bewijs::type)
                .containsExactly("ZaakTeruggemeld", "ZaakTeruggemeld");
    }

    @Test
    void r19_aTermStillRunningIsNotJudgedYet() {
        // R1 R4: at 8 January the triage was done, the onderzoek not yet due
        Moment tijdensOnderzoek = new Moment(Instant.parse("2027-02-01T12:00:00Z"));
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11")
                .stap("OnderzoekGestart", "2027-01-07T09:00:00Z", "onderzoekId", "o1", "uiterlijkAfgerondOp", "2027-03-18");

        List<Toetsing> toetsingen = Toetsingskader.toets(geschiedenis.dossier(), tijdensOnderzoek);

        assertThat(toetsing(toetsingen, TRIAGE_BINNEN_5_WERKDAGEN).uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(toetsing(toetsingen, ONDERZOEK_BINNEN_10_WEKEN).uitkomst())
                .isEqualTo(Uitkomst.NIET_VAN_TOEPASSING);
        assertThat(toetsing(toetsingen, ONDERZOEK_BINNEN_10_WEKEN).toelichting()).contains("loopt tot 2027-03-18");
    }

    @Test
    void r1_r9_aNewDecisionAfterAReturnIsJudgedByTheFreshTermTriageServiceMeasuredItAgainst() {
        // issue 14 point 2: the second decision lies weeks after the first term (11 January), but within the fresh
        // term from the return (binnenTermijn as triage-service published it): on time
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11")
                .stap("TriageAfgerond", "2027-01-06T10:00:00Z", "meldingId", "m1", "uitkomst", "OVERDRACHT_LOKAAL_VELD",
                        "binnenTermijn", true, "afgerondOp", "2027-01-06T10:00:00Z", "ronde", 1)
                .stapVan("Wijkteam Vlaardingen", "ZaakTeruggemeld", "2027-02-01T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "ov1", "meldingId", "m1", "teruggemeldOp", "2027-02-01T09:00:00Z")
                .stap("TriageAfgerond", "2027-02-04T10:00:00Z", "meldingId", "m1", "uitkomst", "OVERDRACHT_LOKAAL_VELD",
                        "binnenTermijn", true, "afgerondOp", "2027-02-04T10:00:00Z", "ronde", 2);

        Toetsing triage = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP), TRIAGE_BINNEN_5_WERKDAGEN);

        assertThat(triage.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);

        // past the fresh term too: late, and the round that was says so
        Geschiedenis laat = new Geschiedenis()
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11")
                .stap("TriageAfgerond", "2027-01-06T10:00:00Z", "meldingId", "m1", "uitkomst", "OVERDRACHT_LOKAAL_VELD",
                        "binnenTermijn", true, "afgerondOp", "2027-01-06T10:00:00Z", "ronde", 1)
                .stap("TriageAfgerond", "2027-02-15T10:00:00Z", "meldingId", "m1", "uitkomst", "OVERDRACHT_LOKAAL_VELD",
                        "binnenTermijn", false, "afgerondOp", "2027-02-15T10:00:00Z", "ronde", 2);
        Toetsing teLaat = toetsing(Toetsingskader.toets(laat.dossier(), NA_AFLOOP), TRIAGE_BINNEN_5_WERKDAGEN);
        assertThat(teLaat.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(teLaat.toelichting()).contains("na terugmelding").doesNotContain("2027-01-11");
    }

    @Test
    void issue14_theInspectionCountsThePolicesMutatiesPerGezinRegioAndGemeente() {
        // 002 §3.2: how much of the work the police's mutaties are, beside the checks
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("MeldingOntvangen", "2027-01-04T09:00:00Z", "meldingId", "m1", "regio", "VeiligThuisUtrecht",
                        "gemeente", "Houten", "politiemelding", "MUTATIE_HUISELIJK_GEWELD")
                .stap("MeldingOntvangen", "2027-02-04T09:00:00Z", "meldingId", "m2", "regio", "VeiligThuisUtrecht",
                        "gemeente", "Houten", "politiemelding", "ZORGMELDING")
                .stap("MeldingOntvangen", "2027-03-04T09:00:00Z", "meldingId", "m3", "regio", "VeiligThuisUtrecht",
                        "gemeente", "Houten");
        Gezinsdossier dossier = geschiedenis.dossier();

        GezinToetsing gezin = GezinToetsing.van(dossier, NA_AFLOOP.tijdstip(), Toetsingskader.toets(dossier, NA_AFLOOP));

        assertThat(gezin.meldingen()).isEqualTo(3);
        assertThat(gezin.mutaties()).isEqualTo(1);
        var teller = new Toetsingsoverzicht.Teller();
        teller.tel(gezin);
        teller.tel(gezin);
        assertThat(teller.overzicht(NA_AFLOOP.tijdstip(), null, null).groepen()).hasSize(2).allSatisfy(groep -> {
            assertThat(groep.meldingen()).isEqualTo(6);
            assertThat(groep.mutaties()).isEqualTo(2);
        });
    }

    @Test
    void r4_anOverrunWithARecordedReasonIsJustified() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("OnderzoekGestart", "2027-01-07T09:00:00Z", "onderzoekId", "o1", "uiterlijkAfgerondOp", "2027-03-18")
                .stap("OnderzoekstermijnVerlengd", "2027-03-01T09:00:00Z", "onderzoekId", "o1",
                        "reden", "MULTIPROBLEEM_GEZIN", "uiterlijkAfgerondOp", "2027-04-29")
                .stap("OnderzoekAfgerond", "2027-04-20T15:00:00Z", "onderzoekId", "o1", "afgerondOp",
                        "2027-04-20T15:00:00Z", "binnenTermijn", true);

        Toetsing onderzoek = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP), ONDERZOEK_BINNEN_10_WEKEN);

        assertThat(onderzoek.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(onderzoek.toelichting()).contains("MULTIPROBLEEM_GEZIN");
    }

    @Test
    void r10_twoZakenOpenAtOnceAreTwoRegisseurs() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "RegisseurToegewezen", "2027-03-03T09:10:00Z", "zaakId", "z1")
                .stapVan("Wijkteam B", "OverdrachtGeaccepteerd", "2027-03-10T09:00:00Z", "zaakId", "z2")
                .stapVan("Wijkteam B", "RegisseurToegewezen", "2027-03-10T09:10:00Z", "zaakId", "z2");

        Toetsing regie = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP), EEN_CASUSREGISSEUR);

        assertThat(regie.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(regie.toelichting()).contains("twee zaken tegelijk open");
    }

    @Test
    void r10_issue14_aHandoverThatJoinedTheLopendeZaakIsOneZaakOneRegisseurAndItsReturnCountsOnce() {
        // the second melding's handover joined z1 and was accepted there; the return is told per overdracht
        Geschiedenis geschiedenis = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "RegisseurToegewezen", "2027-03-03T09:10:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "OverdrachtBijZaakGevoegd", "2027-03-10T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o2")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-11T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o2")
                .stapVan("Wijkteam A", "ZaakTeruggemeld", "2027-04-01T09:00:00Z", "zaakId", "z1", "overdrachtId", "o1",
                        "meldingId", "m1", "reden", "ONVOLDOENDE_MIDDELEN", "teruggemeldOp", "2027-04-01T09:00:00Z")
                .stapVan("Wijkteam A", "ZaakTeruggemeld", "2027-04-01T09:00:00Z", "zaakId", "z1", "overdrachtId", "o2",
                        "meldingId", "m2", "reden", "ONVOLDOENDE_MIDDELEN", "teruggemeldOp", "2027-04-01T09:00:00Z");

        List<Toetsing> toetsingen = Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP);

        assertThat(toetsing(toetsingen, EEN_CASUSREGISSEUR).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toetsing(toetsingen, TERUGMELDINGEN).aantal()).isEqualTo(1);
    }

    @Test
    void r10_issue14_twoZakenAtOnceAfterTheTeamsReasonedSplitAreNotAFinding() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "RegisseurToegewezen", "2027-03-03T09:10:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "OverdrachtAfgesplitst", "2027-03-10T08:00:00Z", "zaakId", "z1",
                        "nieuweZaakId", "z2", "reden", "ANDER_HUISHOUDEN")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-10T09:00:00Z", "zaakId", "z2")
                .stapVan("Wijkteam A", "RegisseurToegewezen", "2027-03-10T09:10:00Z", "zaakId", "z2");

        Toetsing regie = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP), EEN_CASUSREGISSEUR);

        assertThat(regie.uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(regie.toelichting()).contains("afsplitsing (reden ANDER_HUISHOUDEN)");
        assertThat(regie.bewijs()).extracting(Bewijs::type).contains("OverdrachtAfgesplitst");
    }

    @Test
    void r11_r16_issue14_aChildVeiligThuisNamedAndTheTeamNeverRegisteredIsAFindingInEveryChildCheck() {
        // 001 §3.3.2: closed "zonder dat met de kinderen is gesproken"; the team registered mother and daughter only
        Geschiedenis geschiedenis = metGenoemdeKinderen(UnaryOperator.identity());

        List<Toetsing> toetsingen = Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP);

        for (Criterium criterium : List.of(ELK_KIND_GESPROKEN, VEILIGHEID_ELK_KIND_BEOORDEELD,
                GEEN_AFSLUITING_MET_ONVEILIG_KIND)) {
            Toetsing toetsing = toetsing(toetsingen, criterium);
            assertThat(toetsing.uitkomst()).as(criterium.name()).isEqualTo(Uitkomst.NIET_VOLDAAN);
            assertThat(toetsing.toelichting()).as(criterium.name()).contains("p-zoon (genoemd door Veilig Thuis)")
                    .doesNotContain("p-dochter");
            assertThat(toetsing.bewijs()).extracting(Bewijs::type).contains("OverdrachtGedaan");
        }

        // once the son is registered, spoken with and judged safe before closing, the checks are met
        Geschiedenis compleet = metGenoemdeKinderen(zaak -> zaak
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-05T10:00:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "KIND", "persoonId", "p-zoon")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:01:00Z", "zaakId", "z1",
                        "lidId", "l3", "gesproken", false, "redenNietGesproken", "TE_JONG")
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-05T10:02:00Z", "zaakId", "z1",
                        "lidId", "l3", "oordeel", "VEILIG", "instrument", "ETM"));
        List<Toetsing> nu = Toetsingskader.toets(compleet.dossier(), NA_AFLOOP);
        assertThat(List.of(ELK_KIND_GESPROKEN, VEILIGHEID_ELK_KIND_BEOORDEELD, GEEN_AFSLUITING_MET_ONVEILIG_KIND))
                .allSatisfy(criterium -> assertThat(toetsing(nu, criterium).uitkomst()).as(criterium.name())
                        .isEqualTo(Uitkomst.VOLDAAN));
    }

    @Test
    void r11_issue14_aNamedChildCountsOnlyAsAChildRegisteredWithItsPersoonIdOrCoupled() {
        // the son registered as OVERIG with his persoonId is no child; registered as a child and coupled, he is
        Geschiedenis alsOverig = metGenoemdeKinderen(zaak -> zaak
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-05T10:00:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "OVERIG", "persoonId", "p-zoon"));
        assertThat(toetsing(Toetsingskader.toets(alsOverig.dossier(), NA_AFLOOP), GEEN_AFSLUITING_MET_ONVEILIG_KIND)
                .toelichting()).contains("p-zoon (genoemd door Veilig Thuis)");

        Geschiedenis gekoppeld = metGenoemdeKinderen(zaak -> zaak
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-05T10:00:00Z", "zaakId", "z1",
                        "lidId", "l3", "rol", "OVERIG", "persoonId", "p-zoon")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-05T10:01:00Z", "zaakId", "z1",
                        "lidId", "l4", "rol", "KIND", "persoonId", null)
                .stapVan("Wijkteam A", "GenoemdGezinslidGekoppeld", "2027-03-05T10:02:00Z", "zaakId", "z1",
                        "persoonId", "p-zoon", "lidId", "l4")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:03:00Z", "zaakId", "z1",
                        "lidId", "l4", "gesproken", true)
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-05T10:04:00Z", "zaakId", "z1",
                        "lidId", "l4", "oordeel", "VEILIG", "instrument", "ETM"));
        List<Toetsing> nu = Toetsingskader.toets(gekoppeld.dossier(), NA_AFLOOP);
        assertThat(List.of(ELK_KIND_GESPROKEN, VEILIGHEID_ELK_KIND_BEOORDEELD, GEEN_AFSLUITING_MET_ONVEILIG_KIND))
                .allSatisfy(criterium -> assertThat(toetsing(nu, criterium).uitkomst()).as(criterium.name())
                        .isEqualTo(Uitkomst.VOLDAAN));
    }

    @Test
    void r10_r11_issue14_theChildrenOfAHandoverSplitOffCountInTheirOwnZaak() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("OverdrachtGedaan", "2027-03-01T09:00:00Z", "overdrachtId", "o1", "meldingId", "m1",
                        "leden", List.of(Map.of("persoonId", "p-dochter", "rol", "KIND")))
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stap("OverdrachtGedaan", "2027-03-02T09:00:00Z", "overdrachtId", "o2", "meldingId", "m2",
                        "leden", List.of(Map.of("persoonId", "p-neef", "rol", "KIND")))
                .stapVan("Wijkteam A", "OverdrachtBijZaakGevoegd", "2027-03-02T09:00:01Z", "zaakId", "z1",
                        "overdrachtId", "o2")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtAfgesplitst", "2027-03-03T10:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o2", "nieuweZaakId", "z2", "reden", "ANDER_HUISHOUDEN")
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-03T10:00:00Z", "zaakId", "z2", "overdrachtId", "o2")
                .stapVan("Wijkteam B", "OverdrachtGeaccepteerd", "2027-03-04T09:00:00Z", "zaakId", "z2",
                        "overdrachtId", "o2")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-05T09:00:00Z", "zaakId", "z1",
                        "lidId", "l1", "rol", "KIND", "persoonId", "p-dochter")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-05T10:00:00Z", "zaakId", "z1",
                        "lidId", "l1", "gesproken", true);

        Toetsing gesproken = toetsing(Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP), ELK_KIND_GESPROKEN);

        assertThat(gesproken.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        // z1 is met for its daughter and does not answer for the cousin split off; z2 registered nobody at all
        assertThat(gesproken.toelichting()).isEqualTo("geen gezinsleden vastgelegd");
        assertThat(gesproken.bewijs()).extracting(Bewijs::type).contains("GesprekVastgelegd")
                .doesNotContain("OverdrachtGedaan");
    }

    /** A handover naming mother, daughter and son; the team registers, hears and judges the daughter, then closes. */
    private static Geschiedenis metGenoemdeKinderen(UnaryOperator<Geschiedenis> verder) {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("OverdrachtGedaan", "2027-03-01T09:00:00Z", "overdrachtId", "o1", "meldingId", "m1",
                        "gemeente", "Vlaardingen", "leden", List.of(Map.of("persoonId", "p-moeder", "rol", "OUDER"),
                                Map.of("persoonId", "p-dochter", "rol", "KIND"),
                                Map.of("persoonId", "p-zoon", "rol", "KIND")))
                .stapVan("Wijkteam A", "ZaakGeopend", "2027-03-01T09:00:01Z", "zaakId", "z1", "overdrachtId", "o1")
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-03T10:00:00Z", "zaakId", "z1",
                        "lidId", "l1", "rol", "OUDER", "persoonId", "p-moeder")
                .stapVan("Wijkteam A", "GezinslidGeregistreerd", "2027-03-03T10:01:00Z", "zaakId", "z1",
                        "lidId", "l2", "rol", "KIND", "persoonId", "p-dochter")
                .stapVan("Wijkteam A", "GesprekVastgelegd", "2027-03-04T10:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "gesproken", true)
                .stapVan("Wijkteam A", "VeiligheidsinschattingVastgelegd", "2027-03-04T11:00:00Z", "zaakId", "z1",
                        "lidId", "l2", "oordeel", "VEILIG", "instrument", "ETM");
        return verder.apply(geschiedenis).stapVan("Wijkteam A", "ZaakAfgesloten", "2027-03-10T09:00:00Z",
                "zaakId", "z1", "uitkomst", "GEEN_HULPVRAAG");
    }

    @Test
    void r13_anEvaluationMomentPassedWithoutEvaluationIsABreachBeforeTheWijkteamRecordsIt() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stapVan("Wijkteam A", "OverdrachtGeaccepteerd", "2027-03-03T09:00:00Z", "zaakId", "z1")
                .stapVan("Wijkteam A", "VeiligheidsplanOpgesteld", "2027-03-05T09:00:00Z", "zaakId", "z1",
                        "versie", 1, "opgesteldOp", "2027-03-05T09:00:00Z", "eindigtOp", "2027-05-05T09:00:00Z",
                        "eersteEvaluatieOp", "2027-03-19T09:00:00Z");

        Toetsing plan = toetsing(Toetsingskader.toets(geschiedenis.dossier(),
                new Moment(Instant.parse("2027-03-20T09:00:00Z"))), VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD);

        assertThat(plan.uitkomst()).isEqualTo(Uitkomst.NIET_VOLDAAN);
        assertThat(plan.toelichting()).contains("niet gehouden");
    }

    @Test
    void r19_aGezinWithoutHandoverHasNothingToJudgeAfterTriage() {
        Geschiedenis geschiedenis = new Geschiedenis()
                .stap("TriageGeopend", "2027-01-04T09:00:01Z", "meldingId", "m1", "uiterlijkAfgerondOp", "2027-01-11")
                .stap("TriageAfgerond", "2027-01-05T10:00:00Z", "meldingId", "m1", "uitkomst", "AFSLUITEN",
                        "binnenTermijn", true, "afgerondOp", "2027-01-05T10:00:00Z");

        List<Toetsing> toetsingen = Toetsingskader.toets(geschiedenis.dossier(), NA_AFLOOP);

        assertThat(toetsing(toetsingen, TRIAGE_BINNEN_5_WERKDAGEN).uitkomst()).isEqualTo(Uitkomst.VOLDAAN);
        assertThat(toetsingen.stream().filter(t -> t.criterium() != TRIAGE_BINNEN_5_WERKDAGEN))
                .allSatisfy(t -> assertThat(t.uitkomst()).isEqualTo(Uitkomst.NIET_VAN_TOEPASSING));
    }

    static Toetsing toetsing(List<Toetsing> toetsingen, Criterium criterium) {
        return toetsingen.stream().filter(t -> t.criterium() == criterium).findFirst().orElseThrow();
    }

    static Set<Criterium> nietVoldaan(List<Toetsing> toetsingen) {
        return toetsingen.stream().filter(t -> t.uitkomst() == Uitkomst.NIET_VOLDAAN).map(Toetsing::criterium)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Criterium.class)));
    }
}
