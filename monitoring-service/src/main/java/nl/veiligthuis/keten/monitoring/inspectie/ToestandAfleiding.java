package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Melding;
import nl.veiligthuis.keten.platform.zicht.Zichthouder;
import nl.veiligthuis.keten.platform.zicht.Zichtregel;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Monitoring;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Onderzoek;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Ondersteuningsplan;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Veiligheidsplan;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import nl.veiligthuis.keten.monitoring.inspectie.Toestand.Plan;
import nl.veiligthuis.keten.monitoring.inspectie.Toestand.Regie;
import nl.veiligthuis.keten.monitoring.inspectie.Toestand.Termijn;
import nl.veiligthuis.keten.monitoring.inspectie.Toestand.ZichtOpVeiligheid;

/** Derives a gezin's {@link Toestand} from its dossier at the moment it was known. */
final class ToestandAfleiding {

    private ToestandAfleiding() {
    }

    static Toestand van(Gezinsdossier dossier, Instant bekendOp, Moment moment) {
        return new Toestand(dossier.gezinId, bekendOp, dossier.regio, dossier.gemeente, zicht(dossier),
                regie(dossier), termijnen(dossier, moment), plannen(dossier));
    }

    /**
     * R2 by the chain's one rule (platform {@link Zichtregel}), which triage-service's view applies too: per melding
     * its last change, then VT before the wijkteam before nobody (issue 14 point 3). An acceptance names its
     * overdracht; its melding is the one that handover was for.
     */
    private static ZichtOpVeiligheid zicht(Gezinsdossier dossier) {
        Map<String, String> meldingVanOverdracht = new HashMap<>();
        dossier.overdrachten.forEach(gedaan -> meldingVanOverdracht.put(gedaan.tekst("overdrachtId"),
                gedaan.tekst("meldingId")));
        Zichtregel<Stap> regel = Zichtregel.van(stap -> melding(stap, meldingVanOverdracht),
                ToestandAfleiding::houder, ToestandAfleiding::sinds);
        return regel.beslissend(dossier.zichtwissels).map(stap -> naVerhuizing(dossier, stap))
                .map(ToestandAfleiding::alsZicht).orElse(null);
    }

    /**
     * Issue 14 point 10 (R2): a zaak the wijkteam holds moved with its gezin; zicht op veiligheid passed with it to
     * the wijkteam that took it over, from that moment.
     */
    private static Stap naVerhuizing(Gezinsdossier dossier, Stap stap) {
        if (!"OverdrachtGeaccepteerd".equals(stap.type()) || stap.tekst("zaakId") == null) {
            return stap;
        }
        Zaak zaak = dossier.zaken.get(stap.tekst("zaakId"));
        Stap verhuisd = zaak == null ? null : zaak.laatsteVerhuizing();
        return verhuisd != null && verhuisd.tijdstip().isAfter(stap.tijdstip()) ? verhuisd : stap;
    }

    private static String melding(Stap stap, Map<String, String> meldingVanOverdracht) {
        String meldingId = stap.tekst("meldingId");
        if (meldingId == null && stap.tekst("overdrachtId") != null) {
            meldingId = meldingVanOverdracht.getOrDefault(stap.tekst("overdrachtId"),
                    "overdracht:" + stap.tekst("overdrachtId"));
        }
        return meldingId == null ? "" : meldingId;
    }

    private static Zichthouder houder(Stap stap) {
        return switch (stap.type()) {
            case "OverdrachtGeaccepteerd" -> Zichthouder.WIJKTEAM;
            case "ZaakTeruggemeld" -> Zichthouder.VEILIG_THUIS;
            case "ZaakAfgesloten" -> Zichthouder.NIEMAND;
            default -> Zichthouder.VEILIG_THUIS;
        };
    }

    private static Instant sinds(Stap stap) {
        Instant sinds = switch (stap.type()) {
            case "OverdrachtGeaccepteerd" -> stap.moment("geaccepteerdOp");
            case "ZaakTeruggemeld" -> stap.moment("teruggemeldOp");
            case "ZaakAfgesloten" -> stap.moment("afgeslotenOp");
            case "ZaakVerhuisd" -> stap.moment("overgedragenOp");
            default -> stap.moment("sinds");
        };
        return sinds == null ? stap.tijdstip() : sinds;
    }

    private static ZichtOpVeiligheid alsZicht(Stap stap) {
        return switch (stap.type()) {
            case "OverdrachtGeaccepteerd" -> new ZichtOpVeiligheid("WIJKTEAM", stap.organisatie(), sinds(stap),
                    "OVERDRACHT_GEACCEPTEERD", stap.bewijs());
            case "ZaakVerhuisd" -> new ZichtOpVeiligheid("WIJKTEAM", stap.organisatie(), sinds(stap),
                    "ZAAK_VERHUISD", stap.bewijs());
            case "ZaakTeruggemeld" -> new ZichtOpVeiligheid("VEILIG_THUIS", null, sinds(stap),
                    "TERUGGEMELD_" + stap.tekst("reden"), stap.bewijs());
            case "ZaakAfgesloten" -> new ZichtOpVeiligheid("NIEMAND", null, sinds(stap),
                    "ZAAK_AFGESLOTEN_" + stap.tekst("uitkomst"), stap.bewijs());
            default -> new ZichtOpVeiligheid(stap.tekst("houder"), stap.organisatie(), sinds(stap),
                    stap.tekst("grond"), stap.bewijs());
        };
    }

    private static List<Regie> regie(Gezinsdossier dossier) {
        List<Regie> regie = new ArrayList<>();
        dossier.zaken.forEach((zaakId, zaak) -> {
            if (zaak.geopend == null && zaak.geaccepteerd == null) {
                return;
            }
            Stap regisseur = zaak.regisseurs.isEmpty() ? null : zaak.regisseurs.get(zaak.regisseurs.size() - 1);
            List<Bewijs> bewijs = new ArrayList<>();
            Stap verhuisd = zaak.laatsteVerhuizing();
            for (Stap stap : new Stap[] {zaak.geopend, zaak.geaccepteerd, verhuisd, regisseur, zaak.teruggemeld,
                    zaak.afgesloten}) {
                if (stap != null) {
                    bewijs.add(stap.bewijs());
                }
            }
            // issue 14 point 10: a zaak that moved is the gemeente's it moved to
            String gemeente = verhuisd != null ? verhuisd.tekst("naarGemeente")
                    : zaak.geopend == null ? null : zaak.geopend.tekst("gemeente");
            int wissels = (int) zaak.regisseurs.stream().filter(stap -> stap.waar("wissel")).count();
            regie.add(new Regie(zaakId, gemeente, status(zaak),
                    regisseur == null ? null : regisseur.organisatie(),
                    regisseur == null ? null : regisseur.moment("toegewezenOp"), wissels, bewijs));
        });
        return regie;
    }

    private static String status(Zaak zaak) {
        if (zaak.afgesloten != null) {
            return "AFGESLOTEN";
        }
        if (zaak.teruggemeld != null) {
            return "TERUGGEMELD";
        }
        if (zaak.opschalingen.size() > zaak.besluiten.size()) {
            return "OPGESCHAALD";
        }
        return zaak.geaccepteerd != null ? "GEACCEPTEERD" : "GEOPEND";
    }

    private static List<Termijn> termijnen(Gezinsdossier dossier, Moment moment) {
        List<Termijn> termijnen = new ArrayList<>();
        for (Map.Entry<String, Melding> melding : dossier.meldingen.entrySet()) {
            Stap geopend = melding.getValue().geopend;
            if (geopend != null && melding.getValue().afgerond.isEmpty()) {
                termijnen.add(new Termijn("TRIAGE", "R1", melding.getKey(), geopend.moment("geopendOp"),
                        geopend.tekst("uiterlijkAfgerondOp"), moment.voorbij(geopend.datum("uiterlijkAfgerondOp")),
                        geopend.bewijs()));
            }
        }
        for (Map.Entry<String, Onderzoek> entry : dossier.onderzoeken.entrySet()) {
            Onderzoek onderzoek = entry.getValue();
            if (onderzoek.gestart != null && onderzoek.afgerond == null) {
                Stap laatste = onderzoek.verlengd.isEmpty() ? onderzoek.gestart
                        : onderzoek.verlengd.get(onderzoek.verlengd.size() - 1);
                termijnen.add(new Termijn("ONDERZOEK", "R4", entry.getKey(), onderzoek.gestart.moment("gestartOp"),
                        laatste.tekst("uiterlijkAfgerondOp"), moment.voorbij(laatste.datum("uiterlijkAfgerondOp")),
                        laatste.bewijs()));
            }
        }
        for (Map.Entry<String, Monitoring> entry : dossier.monitoringen.entrySet()) {
            Monitoring monitoring = entry.getValue();
            if (monitoring.gestart != null && monitoring.contacten.isEmpty() && monitoring.verlopen == null
                    && monitoring.afgerond == null) {
                Instant uiterlijk = monitoring.gestart.moment("uiterlijkEersteContactOp");
                termijnen.add(new Termijn("EERSTE_MONITORINGCONTACT", "R14", entry.getKey(),
                        monitoring.gestart.moment("gestartOp"), String.valueOf(uiterlijk), moment.voorbij(uiterlijk),
                        monitoring.gestart.bewijs()));
            }
        }
        dossier.zaken.forEach((zaakId, zaak) -> {
            if (zaak.open()) {
                zaak.veiligheidsplannen.values().forEach(plan -> veiligheidsplantermijnen(plan, moment, termijnen));
            }
        });
        return termijnen;
    }

    private static void veiligheidsplantermijnen(Veiligheidsplan plan, Moment moment, List<Termijn> termijnen) {
        if (plan.opgesteld == null || !plan.inWerking()) {
            return;
        }
        String betreft = plan.opgesteld.tekst("zaakId") + "/v" + plan.opgesteld.feit("versie").asInt(1);
        Stap laatste = plan.evaluaties.isEmpty() ? plan.opgesteld : plan.evaluaties.get(plan.evaluaties.size() - 1);
        Instant evaluatie = plan.evaluaties.isEmpty() ? plan.opgesteld.moment("eersteEvaluatieOp")
                : laatste.moment("volgendeEvaluatieOp");
        if (evaluatie != null) {
            termijnen.add(new Termijn("VEILIGHEIDSPLAN_EVALUATIE", "R13", betreft, laatste.tijdstip(),
                    evaluatie.toString(), moment.voorbij(evaluatie), laatste.bewijs()));
        }
        Instant eindigt = plan.opgesteld.moment("eindigtOp");
        termijnen.add(new Termijn("VEILIGHEIDSPLAN_LOOPTIJD", "R13", betreft, plan.opgesteld.moment("opgesteldOp"),
                String.valueOf(eindigt), moment.voorbij(eindigt), plan.opgesteld.bewijs()));
    }

    private static List<Plan> plannen(Gezinsdossier dossier) {
        List<Plan> plannen = new ArrayList<>();
        dossier.zaken.forEach((zaakId, zaak) -> {
            if (!zaak.open()) {
                return;
            }
            zaak.veiligheidsplannen.forEach((versie, plan) -> {
                if (plan.opgesteld != null && plan.inWerking()) {
                    plannen.add(new Plan("VEILIGHEIDSPLAN", zaakId, versie, plan.opgesteld.moment("opgesteldOp"),
                            plan.opgesteld.moment("eindigtOp"), beoordeling(plan.beoordeeld), plan.opgesteld.bewijs()));
                }
            });
            zaak.ondersteuningsplannen.entrySet().stream().filter(entry -> entry.getValue().opgesteld != null)
                    .reduce((eerder, later) -> later).ifPresent(entry -> {
                        Ondersteuningsplan plan = entry.getValue();
                        plannen.add(new Plan("ONDERSTEUNINGSPLAN", zaakId, entry.getKey(),
                                plan.opgesteld.moment("opgesteldOp"), null, beoordeling(plan.beoordeeld),
                                plan.opgesteld.bewijs()));
                    });
        });
        return plannen;
    }

    private static String beoordeling(Stap beoordeeld) {
        return beoordeeld == null ? "TER_BEOORDELING" : beoordeeld.tekst("besluit");
    }
}
