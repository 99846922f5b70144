package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Melding;
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

    private static ZichtOpVeiligheid zicht(Gezinsdossier dossier) {
        if (dossier.zichtwissels.isEmpty()) {
            return null;
        }
        Stap laatste = dossier.zichtwissels.get(dossier.zichtwissels.size() - 1);
        return switch (laatste.type()) {
            case "OverdrachtGeaccepteerd" -> new ZichtOpVeiligheid("WIJKTEAM", laatste.organisatie(),
                    laatste.moment("geaccepteerdOp"), "OVERDRACHT_GEACCEPTEERD", laatste.bewijs());
            case "ZaakTeruggemeld" -> new ZichtOpVeiligheid("VEILIG_THUIS", null, laatste.moment("teruggemeldOp"),
                    "TERUGGEMELD_" + laatste.tekst("reden"), laatste.bewijs());
            case "ZaakAfgesloten" -> new ZichtOpVeiligheid("NIEMAND", null, laatste.moment("afgeslotenOp"),
                    "ZAAK_AFGESLOTEN_" + laatste.tekst("uitkomst"), laatste.bewijs());
            default -> new ZichtOpVeiligheid(laatste.tekst("houder"), laatste.organisatie(), laatste.moment("sinds"),
                    laatste.tekst("grond"), laatste.bewijs());
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
            for (Stap stap : new Stap[] {zaak.geopend, zaak.geaccepteerd, regisseur, zaak.teruggemeld, zaak.afgesloten}) {
                if (stap != null) {
                    bewijs.add(stap.bewijs());
                }
            }
            int wissels = (int) zaak.regisseurs.stream().filter(stap -> stap.waar("wissel")).count();
            regie.add(new Regie(zaakId, zaak.geopend == null ? null : zaak.geopend.tekst("gemeente"), status(zaak),
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
