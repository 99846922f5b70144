package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligthuis.keten.monitoring.tijdlijn.TijdlijnGebeurtenis;
import tools.jackson.databind.JsonNode;

/**
 * A gezin's history folded from its timeline in causal order: per melding, onderzoek, overdracht, monitoring and
 * zaak the steps that matter to the inspection framework. Only what the timeline held at the moment asked for goes
 * in, so the dossier is the history as it was known then (R19).
 */
final class Gezinsdossier {

    final String gezinId;
    String regio;
    String gemeente;
    final Map<String, Melding> meldingen = new LinkedHashMap<>();
    final Map<String, Onderzoek> onderzoeken = new LinkedHashMap<>();
    final List<Stap> overdrachten = new ArrayList<>();
    private final Map<String, Stap> overdrachtPerId = new LinkedHashMap<>();
    final Map<String, List<Stap>> overdrachtsgesprekken = new LinkedHashMap<>();
    final Map<String, Monitoring> monitoringen = new LinkedHashMap<>();
    final Map<String, Zaak> zaken = new LinkedHashMap<>();
    final List<Stap> terugmeldingen = new ArrayList<>();
    /** Issue 14 point 11: every onderzoek Veilig Thuis started, in order. */
    final List<Stap> onderzoekenGestart = new ArrayList<>();
    /** Every step that moved zicht op veiligheid (R2, R9, R16), in order. */
    final List<Stap> zichtwissels = new ArrayList<>();

    private Gezinsdossier(String gezinId) {
        this.gezinId = gezinId;
    }

    static Gezinsdossier van(String gezinId, List<TijdlijnGebeurtenis> causaal) {
        Gezinsdossier dossier = new Gezinsdossier(gezinId);
        causaal.forEach(gebeurtenis -> dossier.neem(new Stap(gebeurtenis)));
        return dossier;
    }

    static final class Melding {
        Stap ontvangen;
        Stap geopend;
        final List<Stap> afgerond = new ArrayList<>();
        Stap overschreden;
    }

    static final class Onderzoek {
        Stap gestart;
        final List<Stap> verlengd = new ArrayList<>();
        Stap afgerond;
        Stap overschreden;
    }

    static final class Monitoring {
        Stap gestart;
        final List<Stap> contacten = new ArrayList<>();
        Stap verlopen;
        Stap afgerond;
    }

    static final class Zaak {
        Stap geopend;
        Stap geaccepteerd;
        Stap teruggemeld;
        Stap afgesloten;
        /** R10: the zaak's own split-off from the gezin's lopende zaak, by the team's decision with a reason. */
        Stap afgesplitst;
        final List<Stap> gevoegd = new ArrayList<>();
        /** R10: the handovers the zaak holds: the one that opened it and those that joined, minus those split off. */
        final Set<String> overdrachtIds = new LinkedHashSet<>();
        final List<Stap> regisseurs = new ArrayList<>();
        final List<Stap> opschalingen = new ArrayList<>();
        final List<Stap> besluiten = new ArrayList<>();
        final Map<String, Stap> leden = new LinkedHashMap<>();
        /** Issue 14 point 1: a person Veilig Thuis named, coupled by the team to a gezinslid (persoonId to lidId). */
        final Map<String, String> koppelingen = new LinkedHashMap<>();
        final Map<String, List<Stap>> gesprekken = new LinkedHashMap<>();
        final Map<String, Stap> inschattingen = new LinkedHashMap<>();
        /** Each child's latest oordeel: its veiligheidsinschatting, or a veiligheidsplan evaluation after it. */
        final Map<String, Oordeel> oordelen = new LinkedHashMap<>();
        final Map<Integer, Veiligheidsplan> veiligheidsplannen = new LinkedHashMap<>();
        final Map<Integer, Ondersteuningsplan> ondersteuningsplannen = new LinkedHashMap<>();
        /** Issue 14 point 6: every step that judged a child (assessment or plan evaluation), in order. */
        final List<Stap> beoordelingen = new ArrayList<>();
        /** Issue 14 point 6: the contact log and the agreed contact frequencies, in order. */
        final List<Stap> contacten = new ArrayList<>();
        final List<Stap> contactfrequenties = new ArrayList<>();
        /** Issue 14 point 7: the checks after closing, and the nazorg's term passed without one. */
        final List<Stap> nazorgcontroles = new ArrayList<>();
        /** Issue 14 point 11: the consultations of Veilig Thuis and the wijkteam about the zaak. */
        final List<Stap> overleggen = new ArrayList<>();
        /** Issue 14 point 13: the offers of a familiegroepsplan and the evaluations of the ondersteuningsplan. */
        final List<Stap> familiegroepsplanAanbod = new ArrayList<>();
        final List<Stap> planevaluaties = new ArrayList<>();
        /** Issue 14 point 10: the moves announced, taken over and refused, in order. */
        final List<Stap> verhuizingen = new ArrayList<>();

        /** The latest move that took the zaak over, or null: the wijkteam holding it now is that one's. */
        Stap laatsteVerhuizing() {
            Stap laatste = null;
            for (Stap stap : verhuizingen) {
                if ("ZaakVerhuisd".equals(stap.type())) {
                    laatste = stap;
                }
            }
            return laatste;
        }
        Stap nazorgVerlopen;

        List<String> kinderen() {
            return leden.entrySet().stream().filter(lid -> "KIND".equals(lid.getValue().tekst("rol")))
                    .map(Map.Entry::getKey).toList();
        }

        /**
         * The persons registered as a child: by their persoonId or by the team's coupling, as wijkteam-service decides
         * it (a named child counts only as a KIND gezinslid).
         */
        Set<String> alsKindGeregistreerd() {
            Set<String> personen = new LinkedHashSet<>();
            leden.values().forEach(lid -> {
                if (lid.tekst("persoonId") != null && !koppelingen.containsKey(lid.tekst("persoonId"))
                        && "KIND".equals(lid.tekst("rol"))) {
                    personen.add(lid.tekst("persoonId"));
                }
            });
            koppelingen.forEach((persoonId, lidId) -> {
                if (leden.containsKey(lidId) && "KIND".equals(leden.get(lidId).tekst("rol"))) {
                    personen.add(persoonId);
                }
            });
            return personen;
        }

        boolean open() {
            return teruggemeld == null && afgesloten == null;
        }

        /** When the zaak left the wijkteam (closed first, else returned), or the moment judged while it is open. */
        Instant einde(Moment moment) {
            if (afgesloten != null) {
                return afgesloten.tijdstip();
            }
            return teruggemeld != null ? teruggemeld.tijdstip() : moment.tijdstip();
        }
    }

    record Oordeel(String waarde, Stap stap) {
    }

    static final class Veiligheidsplan {
        Stap opgesteld;
        Stap beoordeeld;
        final List<Stap> evaluaties = new ArrayList<>();
        final List<Stap> gemist = new ArrayList<>();
        Stap verlopen;
        Stap beeindigd;

        boolean inWerking() {
            return verlopen == null && beeindigd == null;
        }
    }

    static final class Ondersteuningsplan {
        Stap opgesteld;
        Stap beoordeeld;
    }

    /**
     * Issue 14 point 1 (R11, R16): the children Veilig Thuis' handovers to this zaak named and the team did not
     * register as a child (with its persoonId, or coupled), by persoonId, each with the handover that named it as
     * evidence.
     */
    Map<String, Stap> genoemdeKinderenNietGeregistreerd(Zaak zaak) {
        Set<String> geregistreerd = zaak.alsKindGeregistreerd();
        Map<String, Stap> kinderen = new LinkedHashMap<>();
        for (String overdrachtId : zaak.overdrachtIds) {
            Stap overdracht = overdrachtPerId.get(overdrachtId);
            if (overdracht == null) {
                continue;
            }
            for (JsonNode lid : overdracht.feit("leden")) {
                String persoonId = lid.path("persoonId").asString("");
                if (!persoonId.isEmpty() && "KIND".equals(lid.path("rol").asString(""))
                        && !geregistreerd.contains(persoonId)) {
                    kinderen.putIfAbsent(persoonId, overdracht);
                }
            }
        }
        return kinderen;
    }

    private void neem(Stap stap) {
        switch (stap.type()) {
            case "MeldingOntvangen" -> {
                melding(stap).ontvangen = stap;
                regio = waarde(stap.tekst("regio"), regio);
                gemeente = waarde(stap.tekst("gemeente"), gemeente);
            }
            case "TriageGeopend" -> {
                melding(stap).geopend = stap;
                regio = waarde(stap.tekst("regio"), regio);
            }
            case "TriageAfgerond" -> melding(stap).afgerond.add(stap);
            case "TriagetermijnOverschreden" -> melding(stap).overschreden = stap;
            case "ZichtOpVeiligheidBijVeiligThuis", "OverdrachtGeaccepteerd" -> {
                zichtwissels.add(stap);
                // R10: a handover that joined the zaak is accepted later; the zaak's help began with the first
                if ("OverdrachtGeaccepteerd".equals(stap.type()) && zaak(stap).geaccepteerd == null) {
                    zaak(stap).geaccepteerd = stap;
                }
            }
            case "OnderzoekGestart" -> {
                onderzoek(stap).gestart = stap;
                onderzoekenGestart.add(stap);
            }
            case "OnderzoekstermijnVerlengd" -> onderzoek(stap).verlengd.add(stap);
            case "OnderzoekAfgerond" -> onderzoek(stap).afgerond = stap;
            case "OnderzoekstermijnOverschreden" -> onderzoek(stap).overschreden = stap;
            case "OverdrachtsgesprekGevoerd" -> overdrachtsgesprekken
                    .computeIfAbsent(waarde(stap.tekst("onderzoekId"), ""), id -> new ArrayList<>()).add(stap);
            case "OverdrachtGedaan" -> {
                overdrachten.add(stap);
                overdrachtPerId.put(waarde(stap.tekst("overdrachtId"), ""), stap);
                gemeente = waarde(stap.tekst("gemeente"), gemeente);
            }
            case "MonitoringGestart" -> monitoring(stap).gestart = stap;
            case "MonitoringContactVastgelegd" -> monitoring(stap).contacten.add(stap);
            case "MonitoringVerlopen" -> monitoring(stap).verlopen = stap;
            case "MonitoringAfgerond" -> monitoring(stap).afgerond = stap;
            case "ZaakGeopend" -> {
                zaak(stap).geopend = stap;
                zaak(stap).overdrachtIds.add(waarde(stap.tekst("overdrachtId"), ""));
                gemeente = waarde(stap.tekst("gemeente"), gemeente);
            }
            // R10: a zaak that holds several handovers is returned or closed once per handover; it counts once
            case "ZaakTeruggemeld" -> {
                if (zaak(stap).teruggemeld == null) {
                    zaak(stap).teruggemeld = stap;
                    terugmeldingen.add(stap);
                }
                zichtwissels.add(stap);
            }
            case "ZaakAfgesloten" -> {
                if (zaak(stap).afgesloten == null) {
                    zaak(stap).afgesloten = stap;
                }
                zichtwissels.add(stap);
            }
            case "OverdrachtBijZaakGevoegd" -> {
                zaak(stap).gevoegd.add(stap);
                zaak(stap).overdrachtIds.add(waarde(stap.tekst("overdrachtId"), ""));
            }
            case "OverdrachtAfgesplitst" -> {
                zaak(stap).overdrachtIds.remove(waarde(stap.tekst("overdrachtId"), ""));
                zaken.computeIfAbsent(waarde(stap.tekst("nieuweZaakId"), ""), id -> new Zaak()).afgesplitst = stap;
            }
            case "RegisseurToegewezen" -> zaak(stap).regisseurs.add(stap);
            case "ZaakOpgeschaald" -> zaak(stap).opschalingen.add(stap);
            case "OpschalingBesloten" -> zaak(stap).besluiten.add(stap);
            case "GezinslidGeregistreerd" -> zaak(stap).leden.put(stap.tekst("lidId"), stap);
            case "GenoemdGezinslidGekoppeld" -> zaak(stap).koppelingen.put(waarde(stap.tekst("persoonId"), ""),
                    waarde(stap.tekst("lidId"), ""));
            case "GesprekVastgelegd" -> zaak(stap).gesprekken
                    .computeIfAbsent(stap.tekst("lidId"), id -> new ArrayList<>()).add(stap);
            case "ContactVastgelegd" -> zaak(stap).contacten.add(stap);
            case "NazorgcontroleVastgelegd" -> zaak(stap).nazorgcontroles.add(stap);
            case "OverlegVastgelegd" -> zaak(stap).overleggen.add(stap);
            case "NazorgVerlopen" -> zaak(stap).nazorgVerlopen = stap;
            case "ContactfrequentieAfgesproken" -> zaak(stap).contactfrequenties.add(stap);
            case "VeiligheidsinschattingVastgelegd" -> {
                zaak(stap).beoordelingen.add(stap);
                zaak(stap).inschattingen.put(stap.tekst("lidId"), stap);
                zaak(stap).oordelen.put(stap.tekst("lidId"), new Oordeel(stap.tekst("oordeel"), stap));
            }
            case "VeiligheidsplanOpgesteld" -> veiligheidsplan(stap).opgesteld = stap;
            case "VeiligheidsplanBeoordeeld" -> veiligheidsplan(stap).beoordeeld = stap;
            case "VeiligheidsplanGeevalueerd" -> {
                veiligheidsplan(stap).evaluaties.add(stap);
                zaak(stap).beoordelingen.add(stap);
                for (JsonNode kind : stap.feit("kinderen")) {
                    String lidId = kind.path("lidId").asString("");
                    if (!lidId.isEmpty() && kind.path("huidigOordeel").isString()) {
                        zaak(stap).oordelen.put(lidId, new Oordeel(kind.path("huidigOordeel").asString(), stap));
                    }
                }
            }
            case "VeiligheidsplanEvaluatieGemist" -> veiligheidsplan(stap).gemist.add(stap);
            case "VeiligheidsplanVerlopen" -> veiligheidsplan(stap).verlopen = stap;
            case "VeiligheidsplanBeeindigd" -> veiligheidsplan(stap).beeindigd = stap;
            case "OndersteuningsplanOpgesteld" -> ondersteuningsplan(stap).opgesteld = stap;
            case "OndersteuningsplanBeoordeeld" -> ondersteuningsplan(stap).beoordeeld = stap;
            case "OndersteuningsplanGeevalueerd" -> zaak(stap).planevaluaties.add(stap);
            case "FamiliegroepsplanAangeboden" -> zaak(stap).familiegroepsplanAanbod.add(stap);
            // issue 14 point 10: the gezin stays counted under the gemeente (and regio) it was first handled in, with
            // its whole history; the toestand's regie names the gemeente the zaak moved to
            case "VerhuizingAangemeld", "VerhuizingGeweigerd", "VerhuizingIngetrokken", "ZaakVerhuisd" ->
                    zaak(stap).verhuizingen.add(stap);
            default -> {
                // steps the framework does not judge stay on the timeline only
            }
        }
    }

    private Melding melding(Stap stap) {
        return meldingen.computeIfAbsent(waarde(stap.tekst("meldingId"), ""), id -> new Melding());
    }

    private Onderzoek onderzoek(Stap stap) {
        return onderzoeken.computeIfAbsent(waarde(stap.tekst("onderzoekId"), ""), id -> new Onderzoek());
    }

    private Monitoring monitoring(Stap stap) {
        return monitoringen.computeIfAbsent(waarde(stap.tekst("monitoringId"), ""), id -> new Monitoring());
    }

    private Zaak zaak(Stap stap) {
        return zaken.computeIfAbsent(waarde(stap.tekst("zaakId"), ""), id -> new Zaak());
    }

    private Veiligheidsplan veiligheidsplan(Stap stap) {
        return zaak(stap).veiligheidsplannen.computeIfAbsent(stap.feit("versie").asInt(1),
                versie -> new Veiligheidsplan());
    }

    private Ondersteuningsplan ondersteuningsplan(Stap stap) {
        return zaak(stap).ondersteuningsplannen.computeIfAbsent(stap.feit("versie").asInt(1),
                versie -> new Ondersteuningsplan());
    }

    private static String waarde(String nieuw, String oud) {
        return nieuw == null || nieuw.isBlank() ? oud : nieuw;
    }
}
