package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A short Dutch sentence per event type, made only from codes, counts and dates in the payload, so that a
 * value which should never have been on a topic (a name, free text) cannot end up in the timeline either.
 */
final class Samenvatting {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern GEMEENTE = Pattern.compile("[\\p{L}][\\p{L} '\\-.]{0,99}");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final int MAX_LENGTE = 500;

    private static final Map<String, Function<JsonNode, String>> PER_TYPE = Map.ofEntries(
            Map.entry("MeldingOntvangen", p -> "Melding ontvangen" + code(" van melder ", p, "melderType")
                    + code(" (", p, "politiemelding", ")") + gemeente(p)),
            Map.entry("TriageGeopend", p -> "Triage geopend"
                    + (p.path("herhaalmelding").asBoolean(false) ? " (herhaalmelding: VT was al betrokken)" : "")),
            Map.entry("TriageGestart", p -> "Triage gestart door triagist"),
            Map.entry("TriageAfgerond", p -> "Triage afgerond" + code(" met uitkomst ", p, "uitkomst")
                    + code(", ernst ", p, "ernst")),
            Map.entry("ZichtOpVeiligheidBijVeiligThuis", p -> "Zicht op veiligheid bij Veilig Thuis"
                    + code(" (", p, "grond", ")")),
            Map.entry("TriagetermijnOverschreden", p -> "Triagetermijn overschreden"),
            Map.entry("OnderzoekAangemeld", p -> "Op de wachtlijst voor onderzoek"),
            Map.entry("OnderzoekGestart", p -> "Onderzoek gestart"),
            Map.entry("OnderzoekAfgerond", p -> "Onderzoek afgerond" + code(" met uitkomst ", p, "uitkomst")),
            Map.entry("OnderzoekstermijnOverschreden", p -> "Onderzoekstermijn overschreden"),
            Map.entry("OverdrachtsgesprekGevoerd", p -> "Overdrachtsgesprek gevoerd"),
            Map.entry("OverdrachtGedaan", p -> "Overdracht gedaan" + gemeente(p) + code(" (route ", p, "route", ")")),
            Map.entry("ZaakGeopend", p -> "Zaak geopend door wijkteam" + gemeente(p)),
            Map.entry("OverdrachtGeaccepteerd", p -> "Overdracht geaccepteerd door wijkteam"),
            // issue 14 point 10: gemeenten and teams are no personal data; the pattern keeps free text out
            Map.entry("VerhuizingAangemeld", p -> "Verhuizing aangemeld" + plaats(" van ", p, "vanGemeente", "vanTeam")
                    + plaats(" naar ", p, "naarGemeente", "naarTeam") + dag(", verhuisd op ", p, "verhuisdOp")
                    + "; regie en zicht op veiligheid blijven bij het wijkteam tot de overname"),
            Map.entry("ZaakVerhuisd", p -> "Zaak overgenomen" + plaats(" door het wijkteam van ", p, "naarGemeente",
                    "naarTeam") + dag(" na de warme overdracht van ", p, "warmeOverdrachtOp")
                    + ": regie en zicht op veiligheid gaan over" + plaats(" van ", p, "vanGemeente", null)),
            Map.entry("VerhuizingIngetrokken", p -> "Verhuizing" + plaats(" naar ", p, "naarGemeente", null)
                    + " ingetrokken; regie en zicht op veiligheid bleven" + plaats(" bij ", p, "vanGemeente", null)),
            Map.entry("VerhuizingGeweigerd", p -> "Verhuizing" + plaats(" naar ", p, "naarGemeente", null)
                    + " geweigerd" + code(": ", p, "reden") + "; regie en zicht op veiligheid blijven"
                    + plaats(" bij ", p, "vanGemeente", null)),
            Map.entry("OverdrachtBijZaakGevoegd", p -> "Overdracht gevoegd bij de lopende zaak van het gezin"
                    + " (1 gezin, 1 plan, 1 regisseur)"),
            Map.entry("OverdrachtAfgesplitst", p -> "Overdracht afgesplitst naar een eigen zaak"
                    + code(" (reden ", p, "reden", ")")),
            Map.entry("RegisseurToegewezen", p -> p.path("wissel").asBoolean(false)
                    ? "Casusregisseur gewisseld door wijkteam" : "Casusregisseur toegewezen door wijkteam"),
            Map.entry("ZaakOpgeschaald", p -> "Zaak opgeschaald door wijkteam" + code(" naar ", p, "tafel")
                    + code(" (reden ", p, "reden", ")")),
            Map.entry("OpschalingBesloten", p -> "Besluit na opschaling" + code(" van ", p, "tafel")
                    + code(": ", p, "besluit")),
            Map.entry("GezinslidGeregistreerd", p -> "Gezinslid geregistreerd voor de intake"
                    + code(" (", p, "rol", ")")),
            Map.entry("GenoemdGezinslidGekoppeld", p -> "Door Veilig Thuis genoemde persoon gekoppeld aan een "
                    + "gezinslid van de intake"),
            Map.entry("GesprekVastgelegd", p -> p.path("gesproken").asBoolean(false)
                    ? "Gesprek met gezinslid" + code(" (", p, "rol", ")") + " gevoerd" + dag(" op ", p, "gevoerdOp")
                    : "Niet gesproken met gezinslid" + code(" (", p, "rol", ")") + code(": ", p, "redenNietGesproken")),
            Map.entry("ContactVastgelegd", p -> (p.path("teltAlsContact").asBoolean(true) ? "Contact" : "Contactpoging")
                    + code(" (", p, "soort", ")") + dag(" op ", p, "op")
                    + (p.path("gezien").size() == 1 ? ", 1 gezinslid gezien"
                    : p.path("gezien").size() > 1 ? ", " + p.path("gezien").size() + " gezinsleden gezien" : "")
                    + (p.path("teltAlsContact").asBoolean(true) ? "" : ", niemand van het gezin gezien")
                    + code(": ", p, "beeld")),
            Map.entry("OverlegVastgelegd", p -> "Overleg van Veilig Thuis en wijkteam" + code(" (", p, "soort", ")")
                    + dag(" op ", p, "op") + (p.path("taken").size() == 1 ? ": 1 taak verdeeld"
                    : p.path("taken").size() > 1 ? ": " + p.path("taken").size() + " taken verdeeld" : "")),
            Map.entry("NazorgcontroleVastgelegd", p -> "Nazorgcontrole na afsluiting" + dag(" op ", p, "op")
                    + code(": ", p, "beeld") + (p.path("binnenTermijn").asBoolean(true) ? "" : " (na de termijn)")),
            Map.entry("NazorgVerlopen", p -> "Nazorg verlopen zonder controle" + code(" (door ", p, "door", ")")
                    + dag(", laatste dag ", p, "tot")),
            Map.entry("ContactfrequentieAfgesproken", p -> "Contactfrequentie afgesproken"
                    + getal(": ten minste elke ", p, "dagen", " dagen zolang een kind onveilig is")),
            Map.entry("VeiligheidsinschattingVastgelegd", p -> "Veiligheid van kind ingeschat"
                    + code(" met ", p, "instrument") + code(": ", p, "oordeel")),
            Map.entry("ZrmVastgelegd", p -> "Zelfredzaamheidsmatrix gescoord" + code(" (", p, "moment", ")")),
            Map.entry("LeefgebiedenanalyseVastgelegd", p -> "Leefgebiedenanalyse vastgelegd"),
            Map.entry("AfsluitingVoorgesteld", p -> "Afsluiting voorgesteld door wijkteam"
                    + code(" (uitkomst ", p, "uitkomst", ")")),
            Map.entry("AfsluitingBeoordeeld", p -> "Afsluiting beoordeeld door teamleider" + code(": ", p, "besluit")),
            Map.entry("ZaakAfgesloten", p -> "Zaak afgesloten door wijkteam" + code(" (uitkomst ", p, "uitkomst", ")")
                    + codes("; geïnformeerd met toestemming: ", p, "geinformeerd")
                    + code("; nazorg door ", p.path("nazorg"), "door") + dag(" tot ", p.path("nazorg"), "tot")),
            Map.entry("BetrokkenenGeinformeerd", p -> "Betrokkenen geïnformeerd" + code(" bij ", p, "moment")
                    + codes("; met toestemming: ", p, "metToestemming")
                    + codes("; zonder toestemming (veiligheid): ", p, "zonderToestemming")),
            Map.entry("ZaakTeruggemeld", p -> "Zaak teruggemeld door wijkteam aan Veilig Thuis"
                    + code(" (reden ", p, "reden", ")")),
            Map.entry("VeiligheidsplanOpgesteld", p -> "Veiligheidsplan opgesteld door wijkteam" + versie(p)
                    + code(", ernst ", p, "ernst") + aantal("; ", p, "aantalAfspraken", " afspraak(en)")
                    + datum("; loopt tot ", p, "eindigtOp")),
            Map.entry("VeiligheidsplanBeoordeeld", p -> "Veiligheidsplan" + versie(p)
                    + " beoordeeld door teamleider" + code(": ", p, "besluit")),
            Map.entry("VeiligheidsplanGeevalueerd", p -> "Veiligheidsplan" + versie(p) + " geëvalueerd"
                    + (p.path("opTijd").asBoolean(true) ? "" : " (te laat)")
                    + (p.path("afsprakenNagekomen").asBoolean(true) ? "" : "; afspraken niet nagekomen")
                    + datum("; volgende evaluatie uiterlijk op ", p, "volgendeEvaluatieOp")),
            Map.entry("VeiligheidsplanEvaluatieGemist", p -> "Evaluatie van veiligheidsplan" + versie(p)
                    + " gemist" + datum("; gepland op ", p, "geplandOp")),
            Map.entry("VeiligheidsplanVerlopen", p -> "Veiligheidsplan" + versie(p) + " verlopen"
                    + datum(" op ", p, "eindigdeOp")),
            Map.entry("VeiligheidsplanBeeindigd", p -> "Veiligheidsplan" + versie(p) + " beëindigd"
                    + code(" (reden ", p, "reden", ")")),
            Map.entry("OndersteuningsplanOpgesteld", p -> "Ondersteuningsplan" + getal(" versie ", p, "versie", "")
                    + " opgesteld door wijkteam" + code(" (", p, "opgesteldMet", ")")
                    + getal(" met ", p, "aantalDoelen", " doel(en)")),
            Map.entry("OndersteuningsplanBeoordeeld", p -> "Ondersteuningsplan" + getal(" versie ", p, "versie", "")
                    + " beoordeeld door teamleider" + code(": ", p, "besluit")),
            Map.entry("FamiliegroepsplanAangeboden", p -> "Familiegroepsplan aangeboden aan het gezin"
                    + dag(" op ", p, "aangebodenOp") + code(": ", p, "antwoord")),
            Map.entry("OndersteuningsplanGeevalueerd", p -> "Ondersteuningsplan" + getal(" versie ", p, "versie", "")
                    + " geëvalueerd" + (p.path("samenMetGezin").asBoolean(false) ? " samen met het gezin" : "")
                    + getal(": ", p, "aantalBehaald", " behaald") + getal(", ", p, "aantalDeelsBehaald", " deels behaald")
                    + getal(", ", p, "aantalNietBehaald", " niet behaald")),
            Map.entry("ProcesbesprekingGehouden", p -> "Procesbespreking gehouden in het wijkteam"
                    + (p.path("opTijd").asBoolean(true) ? "" : " (niet binnen zes weken)")),
            Map.entry("ProcesbesprekingTermijnVerstreken", p -> "Procesbespreking niet binnen zes weken gehouden"
                    + datum(" (uiterlijk op ", p, "uiterlijkOp", ")")),
            Map.entry("TerugkoppelingVerstuurd", p -> "Terugkoppeling aan melder verstuurd"
                    + code(" (", p, "moment", ")") + code(": ", p, "vervolgroute")),
            Map.entry("MeldingAanGezinGekoppeld", p -> "Melding aan bekend gezin gekoppeld"),
            Map.entry("MonitoringGestart", p -> "VT monitoring gestart"
                    + datum("; eerste contact uiterlijk op ", p, "uiterlijkEersteContactOp")
                    + getal("; ", p, "aantalAfgesprokenDoelen", " afgesproken doel(en)")),
            Map.entry("MonitoringContactVastgelegd", p -> "Contact in VT monitoring vastgelegd"
                    + besprokenDoelen(p)),
            Map.entry("MonitoringAfgerond", p -> "VT monitoring afgerond na eerste contact"),
            Map.entry("GezinGewist", p -> "Persoonsgegevens van het gezin gewist op verzoek (R21); het verloop blijft"),
            Map.entry("AanvullingToegevoegd", p -> "CORRECTIE".equals(p.path("soort").asString(""))
                    ? "Correctie toegevoegd aan het dossier; het oorspronkelijke gegeven blijft staan"
                    : "Eigen verklaring van een gezinslid toegevoegd aan het dossier"),
            Map.entry("MonitoringVerlopen", p -> "VT monitoring verlopen: geen eerste contact"
                    + datum(" uiterlijk op ", p, "uiterlijkEersteContactOp")),
            Map.entry("MonitoringWerkOpgepakt", p -> (p.path("contactId").isString()
                    ? "Onbeantwoord monitoringcontact" : "Verlopen VT monitoring") + " opgepakt door een medewerker"
                    + " van Veilig Thuis"),
            Map.entry("WachtcontactVastgelegd", p -> "Wachtcontact van VT" + code(" (", p, "wijze", ")")
                    + veiligheid(p)
                    + datum("; volgende uiterlijk op ", p, "volgendContactUiterlijkOp")),
            Map.entry("WachtcontactGemist", p -> "Wachtcontact gemist" + code(" bij frequentie ", p,
                    "monitoringsfrequentie") + datum("; uiterlijk op ", p, "uiterlijkOp")
                    + (p.path("gemisteIntervallen").isInt() && p.path("gemisteIntervallen").asInt() > 1
                    ? "; " + p.path("gemisteIntervallen").asInt() + " intervallen zonder contact" : "")),
            Map.entry("MonitoringcontactBeantwoord", p -> "Monitoringcontact van VT beantwoord door wijkteam"
                    + (p.path("aantalDoelen").isInt() ? "; " + p.path("aantalDoelen").asInt() + " doel(en)" : "")
                    + standen(p)));

    private Samenvatting() {
    }

    static String van(String type, String bron, JsonNode payload) {
        Function<JsonNode, String> zin = PER_TYPE.get(type);
        String tekst = zin == null ? type + " ontvangen van " + bron : zin.apply(payload);
        if (tekst.length() <= MAX_LENGTE) {
            return tekst;
        }
        // never half a surrogate pair: it would be stored as '?' and the row would no longer match its hash
        int einde = Character.isHighSurrogate(tekst.charAt(MAX_LENGTE - 1)) ? MAX_LENGTE - 1 : MAX_LENGTE;
        return tekst.substring(0, einde);
    }

    static boolean heeftZin(String type) {
        return PER_TYPE.containsKey(type);
    }

    /** A list of codes, joined; empty when there is none. */
    private static String codes(String voor, JsonNode p, String veld) {
        List<String> waarden = new ArrayList<>();
        p.path(veld).forEach(waarde -> {
            if (CODE.matcher(waarde.asString("")).matches()) {
                waarden.add(waarde.asString());
            }
        });
        return waarden.isEmpty() ? "" : voor + String.join(", ", waarden);
    }

    private static String code(String voor, JsonNode p, String veld) {
        return code(voor, p, veld, "");
    }

    private static String code(String voor, JsonNode p, String veld, String na) {
        String waarde = p.path(veld).asString("");
        return CODE.matcher(waarde).matches() ? voor + waarde + na : "";
    }

    private static String versie(JsonNode p) {
        return aantal(" (versie ", p, "versie", ")");
    }

    private static String aantal(String voor, JsonNode p, String veld, String na) {
        return p.path(veld).isInt() ? voor + p.path(veld).asInt() + na : "";
    }

    /** R5: whether VT found the safety unchanged at a wachtcontact. */
    private static String veiligheid(JsonNode p) {
        JsonNode ongewijzigd = p.path("veiligheidOngewijzigd");
        if (!ongewijzigd.isBoolean()) {
            return "";
        }
        return ongewijzigd.asBoolean() ? "; veiligheid ongewijzigd" : "; veiligheid gewijzigd";
    }

    /** R14: {@code 2 van 3 afgesproken doelen besproken} when the number agreed is known, else the count. */
    private static String besprokenDoelen(JsonNode p) {
        JsonNode besproken = p.path("aantalDoelenBesproken");
        JsonNode afgesproken = p.path("aantalAfgesprokenDoelen");
        if (!besproken.isInt()) {
            return "";
        }
        if (!afgesproken.isInt()) {
            return "; " + besproken.asInt() + " doel(en) besproken";
        }
        return "; " + besproken.asInt() + " van " + afgesproken.asInt() + " afgesproken doelen besproken";
    }

    /** Only the stand codes that occur, as {@code : 1 BEHAALD, 2 IN_UITVOERING}. */
    private static String standen(JsonNode p) {
        List<String> delen = new ArrayList<>();
        p.path("standen").properties().forEach(stand -> {
            if (CODE.matcher(stand.getKey()).matches() && stand.getValue().isInt() && stand.getValue().asInt() > 0) {
                delen.add(stand.getValue().asInt() + " " + stand.getKey());
            }
        });
        return delen.isEmpty() ? "" : ": " + String.join(", ", delen);
    }

    /** {@code " naar Schiedam (team Centrum)"}, each part only when it looks like a gemeente's or team's name. */
    private static String plaats(String voor, JsonNode p, String gemeenteVeld, String teamVeld) {
        String gemeente = p.path(gemeenteVeld).asString("");
        if (!GEMEENTE.matcher(gemeente).matches()) {
            return "";
        }
        String team = teamVeld == null ? "" : p.path(teamVeld).asString("");
        return voor + gemeente + (GEMEENTE.matcher(team).matches() ? " (team " + team + ")" : "");
    }

    private static String gemeente(JsonNode p) {
        String waarde = p.path("gemeente").asString("");
        return GEMEENTE.matcher(waarde).matches() ? " in gemeente " + waarde : "";
    }

    private static String datum(String voor, JsonNode p, String veld) {
        return datum(voor, p, veld, "");
    }

    private static String datum(String voor, JsonNode p, String veld, String na) {
        try {
            return voor + Instant.parse(p.path(veld).asString("")).atZone(NEDERLAND).toLocalDate() + na;
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String dag(String voor, JsonNode p, String veld) {
        try {
            return voor + LocalDate.parse(p.path(veld).asString(""));
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String getal(String voor, JsonNode p, String veld, String na) {
        return p.path(veld).isInt() ? voor + p.path(veld).asInt() + na : "";
    }
}
