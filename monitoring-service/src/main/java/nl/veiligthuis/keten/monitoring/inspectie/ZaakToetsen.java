package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Oordeel;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Veiligheidsplan;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;

/** 1 Gezin, 1 Plan, 1 Regisseur: what the wijkteam does with an accepted zaak (R10, R11, R13, R16). */
final class ZaakToetsen {

    static final Period VEILIGHEIDSPLAN_HOOGSTENS = Period.ofMonths(3);
    private static final String NIET_GEREGISTREERD = " (genoemd door Veilig Thuis) niet als kind in de zaak vastgelegd";

    private ZaakToetsen() {
    }

    /** One regisseur per zaak, and never two zaken of the gezin with a regisseur at the same time. */
    static Toetsing casusregisseur(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.EEN_CASUSREGISSEUR);
        List<Zaak> geaccepteerd = geaccepteerd(dossier);
        for (Zaak zaak : geaccepteerd) {
            if (zaak.regisseurs.isEmpty()) {
                bevindingen.tekort("zaak zonder casusregisseur", zaak.geaccepteerd);
            } else {
                zaak.regisseurs.forEach(bevindingen::bewijs);
                bevindingen.voldaan("casusregisseur " + zaak.regisseurs.get(zaak.regisseurs.size() - 1).organisatie()
                        + (zaak.regisseurs.size() > 1 ? " (" + (zaak.regisseurs.size() - 1) + " wissel(s))" : ""));
            }
        }
        for (int i = 0; i < geaccepteerd.size(); i++) {
            for (int j = i + 1; j < geaccepteerd.size(); j++) {
                Zaak a = geaccepteerd.get(i);
                Zaak b = geaccepteerd.get(j);
                if (!overlappen(a, b, moment)) {
                    continue;
                }
                Stap afsplitsing = afsplitsingTussen(a, b);
                if (afsplitsing != null) {
                    bevindingen.voldaan("twee zaken tegelijk open na een besluit tot afsplitsing (reden "
                            + afsplitsing.tekst("reden") + ")", afsplitsing);
                } else {
                    bevindingen.tekort("twee zaken tegelijk open, elk met een eigen regie", a.geaccepteerd,
                            b.geaccepteerd);
                }
            }
        }
        return bevindingen.toetsing("Geen geaccepteerde zaak");
    }

    static Toetsing kinderenGesproken(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.ELK_KIND_GESPROKEN);
        for (Zaak zaak : geaccepteerd(dossier)) {
            if (zonderGezinsleden(zaak, bevindingen)) {
                continue;
            }
            for (String kind : zaak.kinderen()) {
                Optional<Stap> gesprek = gehoord(zaak, kind);
                if (gesprek.isEmpty()) {
                    bevindingen.tekort("kind " + kind + " niet gesproken en geen reden vastgelegd", zaak.leden.get(kind));
                } else if (gesprek.get().waar("gesproken")) {
                    bevindingen.voldaan("kind " + kind + " gesproken", gesprek.get());
                } else {
                    bevindingen.voldaan("kind " + kind + " niet gesproken: " + gesprek.get().tekst("redenNietGesproken"),
                            gesprek.get());
                }
            }
            dossier.genoemdeKinderenNietGeregistreerd(zaak).forEach((persoonId, overdracht) -> bevindingen.tekort(
                    "kind " + persoonId + NIET_GEREGISTREERD + ", dus niet gesproken", overdracht));
        }
        return bevindingen.toetsing("Geen kinderen in een geaccepteerde zaak");
    }

    static Toetsing veiligheidBeoordeeld(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.VEILIGHEID_ELK_KIND_BEOORDEELD);
        for (Zaak zaak : geaccepteerd(dossier)) {
            if (zonderGezinsleden(zaak, bevindingen)) {
                continue;
            }
            for (String kind : zaak.kinderen()) {
                Stap inschatting = zaak.inschattingen.get(kind);
                if (inschatting == null) {
                    bevindingen.tekort("veiligheid van kind " + kind + " niet ingeschat", zaak.leden.get(kind));
                } else {
                    bevindingen.voldaan("kind " + kind + ": " + inschatting.tekst("oordeel") + " ("
                            + inschatting.tekst("instrument") + ")", inschatting);
                }
            }
            dossier.genoemdeKinderenNietGeregistreerd(zaak).forEach((persoonId, overdracht) -> bevindingen.tekort(
                    "veiligheid van kind " + persoonId + NIET_GEREGISTREERD + ", niet ingeschat", overdracht));
        }
        return bevindingen.toetsing("Geen kinderen in een geaccepteerde zaak");
    }

    /**
     * Needed once a child was judged ONVEILIG. Each plan: a lead time of at most 3 months, every evaluation moment
     * kept (a missed one is recorded by the wijkteam, or is overdue at the moment judged), not run out unended.
     */
    static Toetsing veiligheidsplan(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD);
        for (Zaak zaak : geaccepteerd(dossier)) {
            List<Stap> onveilig = zaak.inschattingen.values().stream()
                    .filter(stap -> "ONVEILIG".equals(stap.tekst("oordeel"))).toList();
            if (zaak.veiligheidsplannen.isEmpty()) {
                if (!onveilig.isEmpty()) {
                    bevindingen.tekort("onveilig kind zonder veiligheidsplan", onveilig.toArray(Stap[]::new));
                }
                continue;
            }
            zaak.veiligheidsplannen.forEach((versie, plan) -> veiligheidsplan(versie, plan, moment, bevindingen));
        }
        return bevindingen.toetsing("Geen onveilig kind, geen veiligheidsplan");
    }

    private static void veiligheidsplan(int versie, Veiligheidsplan plan, Moment moment, Bevindingen bevindingen) {
        if (plan.opgesteld == null) {
            return;
        }
        String naam = "veiligheidsplan v" + versie;
        Instant opgesteld = plan.opgesteld.moment("opgesteldOp");
        Instant eindigt = plan.opgesteld.moment("eindigtOp");
        List<String> tekorten = new ArrayList<>();
        if (opgesteld != null && eindigt != null
                && eindigt.atZone(Moment.TIJDZONE).isAfter(opgesteld.atZone(Moment.TIJDZONE).plus(VEILIGHEIDSPLAN_HOOGSTENS))) {
            tekorten.add(naam + " loopt langer dan 3 maanden");
        }
        if (!plan.gemist.isEmpty()) {
            tekorten.add(naam + ": " + plan.gemist.size() + " evaluatiemoment(en) gemist");
        }
        if (plan.verlopen != null) {
            tekorten.add(naam + " verlopen zonder beëindiging");
        }
        Instant volgendeEvaluatie = plan.evaluaties.isEmpty() ? plan.opgesteld.moment("eersteEvaluatieOp")
                : plan.evaluaties.get(plan.evaluaties.size() - 1).moment("volgendeEvaluatieOp");
        if (plan.inWerking() && plan.gemist.isEmpty() && moment.voorbij(volgendeEvaluatie)) {
            tekorten.add(naam + ": evaluatie van " + volgendeEvaluatie + " niet gehouden");
        }
        Stap[] bewijs = bewijs(plan);
        if (!tekorten.isEmpty()) {
            bevindingen.tekort(String.join("; ", tekorten), bewijs);
        } else {
            bevindingen.voldaan(naam + ": doorlooptijd tot " + eindigt + ", " + plan.evaluaties.size()
                    + " evaluatie(s) op tijd", bewijs);
        }
    }

    private static Stap[] bewijs(Veiligheidsplan plan) {
        List<Stap> stappen = new ArrayList<>();
        stappen.add(plan.opgesteld);
        stappen.addAll(plan.evaluaties);
        stappen.addAll(plan.gemist);
        stappen.add(plan.verlopen);
        stappen.add(plan.beeindigd);
        return stappen.toArray(Stap[]::new);
    }

    /**
     * R16, omgekeerde bewijslast: at closing every child's latest oordeel is VEILIG, each child spoken with or the
     * reason recorded (001 §3.3.2), and every child Veilig Thuis named registered (issue 14 point 1).
     */
    static Toetsing afsluiting(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.GEEN_AFSLUITING_MET_ONVEILIG_KIND);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.afgesloten == null) {
                continue;
            }
            if (zaak.leden.isEmpty()) {
                bevindingen.tekort("afgesloten zonder vastgelegde gezinsleden", zaak.afgesloten);
                continue;
            }
            List<String> nietVeilig = new ArrayList<>();
            for (String kind : zaak.kinderen()) {
                Oordeel oordeel = zaak.oordelen.get(kind);
                if (oordeel == null || !"VEILIG".equals(oordeel.waarde())) {
                    nietVeilig.add(kind + " " + (oordeel == null ? "zonder oordeel" : oordeel.waarde()));
                }
                if (oordeel != null) {
                    bevindingen.bewijs(oordeel.stap());
                }
                if (gehoord(zaak, kind).isEmpty()) {
                    nietVeilig.add(kind + " niet gesproken en geen reden vastgelegd");
                }
            }
            dossier.genoemdeKinderenNietGeregistreerd(zaak).forEach((persoonId, overdracht) -> {
                nietVeilig.add(persoonId + NIET_GEREGISTREERD);
                bevindingen.bewijs(overdracht);
            });
            if (nietVeilig.isEmpty()) {
                bevindingen.voldaan("afgesloten (" + zaak.afgesloten.tekst("uitkomst") + ") met elk kind veilig",
                        zaak.afgesloten);
            } else {
                bevindingen.tekort("afgesloten terwijl kind " + String.join(", ", nietVeilig), zaak.afgesloten);
            }
        }
        return bevindingen.toetsing("Geen zaak afgesloten");
    }

    /** R11: the child's first conversation, or the first record of why none was held. */
    private static Optional<Stap> gehoord(Zaak zaak, String kind) {
        return zaak.gesprekken.getOrDefault(kind, List.of()).stream()
                .filter(stap -> stap.waar("gesproken") || stap.tekst("redenNietGesproken") != null)
                .findFirst();
    }

    private static boolean zonderGezinsleden(Zaak zaak, Bevindingen bevindingen) {
        if (zaak.leden.isEmpty()) {
            bevindingen.tekort("geen gezinsleden vastgelegd", zaak.geaccepteerd);
            return true;
        }
        return false;
    }

    private static List<Zaak> geaccepteerd(Gezinsdossier dossier) {
        return dossier.zaken.values().stream().filter(zaak -> zaak.geaccepteerd != null).toList();
    }

    /**
     * R10 decided otherwise: one of the two zaken was split off by the team, with a reason, from a lopende zaak of
     * the gezin (this one, or one split off from it in turn).
     */
    private static Stap afsplitsingTussen(Zaak a, Zaak b) {
        return b.afgesplitst != null ? b.afgesplitst : a.afgesplitst;
    }

    private static boolean overlappen(Zaak a, Zaak b, Moment moment) {
        Instant startA = a.geaccepteerd.tijdstip();
        Instant startB = b.geaccepteerd.tijdstip();
        Instant eindA = a.einde(moment);
        Instant eindB = b.einde(moment);
        return startA.isBefore(eindB) && startB.isBefore(eindA);
    }
}
