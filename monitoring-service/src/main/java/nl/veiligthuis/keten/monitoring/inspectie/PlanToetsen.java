package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;

/**
 * Issue 14 point 13: the ondersteuningsplan as 001 Bijlage 1 judges it (R11, R12). The hulpvraag is formed with
 * parents and children; the gezin was given the chance to draw up a familiegroepsplan; professionals and gezin evaluate
 * the goals together, periodically.
 */
final class PlanToetsen {

    /** R12's procesbespreking falls six weeks after the start of help: by then the plan is expected. */
    static final int PLAN_BINNEN_DAGEN = 42;
    /**
     * "Periodiek": the seeds give no number for the ondersteuningsplan. Three months, the longest a veiligheidsplan
     * may run (R13) and the first monitoring contact's term (R14).
     */
    static final int GEZAMENLIJK_EVALUEREN_BINNEN_MAANDEN = 3;
    /**
     * The day wijkteam-service began to record the offer of a familiegroepsplan (issue 14 point 13): a plan drawn up
     * before it could not show one, so it is judged from then on.
     */
    static final LocalDate FAMILIEGROEPSPLAN_AANBOD_SINDS = LocalDate.of(2026, 12, 8);

    private PlanToetsen() {
    }

    /**
     * 001 Bijlage 1: "In elk geval moet zichtbaar zijn dat ouders en kinderen zijn betrokken bij het formuleren van de
     * hulpvraag": by the day the first plan was drawn up, the team spoke with a parent, and with every child (or
     * recorded why not, e.g. too young); a child registered after the plan is not asked for. Without a plan six weeks
     * after the start the hulpvraag was not formed, also when the zaak ended later without one.
     */
    static Toetsing hulpvraag(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.HULPVRAAG_MET_OUDERS_EN_KINDEREN);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            Optional<Stap> eerste = versies(zaak).stream().findFirst();
            if (eerste.isEmpty()) {
                zonderPlan(zaak, moment, bevindingen);
                continue;
            }
            LocalDate plandag = Moment.datum(eerste.get().tijdstip());
            List<String> ontbreekt = new ArrayList<>();
            List<Stap> bewijs = new ArrayList<>(List.of(eerste.get()));
            List<String> ouders = leden(zaak, "OUDER");
            Optional<Stap> ouder = ouders.stream()
                    .flatMap(lid -> zaak.gesprekken.getOrDefault(lid, List.of()).stream())
                    .filter(gesprek -> gesprek.waar("gesproken") && gevoerdUiterlijk(gesprek, plandag))
                    .findFirst();
            ouder.ifPresentOrElse(bewijs::add, () -> ontbreekt.add(ouders.isEmpty() ? "geen ouder vastgelegd"
                    : "met geen ouder gesproken"));
            // a child registered after the plan (born, or found later) could not have been heard before it
            List<String> kinderen = zaak.kinderen().stream()
                    .filter(kind -> !Moment.datum(zaak.leden.get(kind).tijdstip()).isAfter(plandag)).toList();
            for (String kind : kinderen) {
                zaak.gesprekken.getOrDefault(kind, List.of()).stream()
                        .filter(gesprek -> (gesprek.waar("gesproken") || gesprek.tekst("redenNietGesproken") != null)
                                && gevoerdUiterlijk(gesprek, plandag))
                        .findFirst()
                        .ifPresentOrElse(bewijs::add, () -> ontbreekt.add("kind " + kind + " niet gehoord"));
            }
            Stap[] stappen = bewijs.toArray(Stap[]::new);
            if (ontbreekt.isEmpty()) {
                bevindingen.voldaan("hulpvraag met ouder en " + kinderen.size()
                        + " kind(eren) gevormd vóór het ondersteuningsplan van " + plandag, stappen);
            } else {
                bevindingen.tekort("ondersteuningsplan van " + plandag + " opgesteld terwijl "
                        + String.join(", ", ontbreekt), stappen);
            }
        }
        return bevindingen.toetsing("Geen geaccepteerde zaak");
    }

    /**
     * 001 Bijlage 1: "Zichtbaar moet zijn dat het gezin in de gelegenheid is gesteld een familiegroepsplan op te
     * stellen ... Als er geen familiegroepsplan is opgesteld, moet duidelijk zijn dat het gezin hiervan heeft
     * afgezien." Met by a version that is the familiegroepsplan, or by an offer the gezin declined on or before the
     * day of the latest version (a team that forgot it at an earlier version and offered it before the next one has
     * mended it). A gezin that said it draws one up has until the zaak ends.
     */
    static Toetsing familiegroepsplan(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.FAMILIEGROEPSPLAN_AANGEBODEN);
        for (Zaak zaak : dossier.zaken.values()) {
            List<Stap> versies = versies(zaak);
            if (zaak.geaccepteerd == null || versies.isEmpty()) {
                continue;
            }
            Optional<Stap> familiegroepsplan = versies.stream()
                    .filter(versie -> "FAMILIEGROEPSPLAN".equals(versie.tekst("opgesteldMet"))).findFirst();
            if (familiegroepsplan.isPresent()) {
                bevindingen.voldaan("gewerkt met het familiegroepsplan van het gezin", familiegroepsplan.get());
                continue;
            }
            Stap laatste = versies.get(versies.size() - 1);
            LocalDate plandag = Moment.datum(laatste.tijdstip());
            Optional<Stap> aanbod = zaak.familiegroepsplanAanbod.stream()
                    .filter(stap -> stap.datum("aangebodenOp") != null && !stap.datum("aangebodenOp").isAfter(plandag))
                    .max(Comparator.comparing((Stap stap) -> stap.datum("aangebodenOp"))
                            .thenComparing(Stap::tijdstip));
            if (aanbod.isEmpty()) {
                if (!plandag.isBefore(FAMILIEGROEPSPLAN_AANBOD_SINDS)) {
                    bevindingen.tekort("ondersteuningsplan van " + plandag + " zonder vastgelegd aanbod van een "
                            + "familiegroepsplan", laatste);
                }
                continue;
            }
            String wat = "familiegroepsplan aangeboden op " + aanbod.get().datum("aangebodenOp");
            if ("GEZIN_ZIET_AF".equals(aanbod.get().tekst("antwoord"))) {
                bevindingen.voldaan(wat + "; het gezin zag ervan af", aanbod.get(), laatste);
            } else if (zaak.open()) {
                bevindingen.lopend(wat + "; het gezin stelt het op", aanbod.get());
            } else {
                bevindingen.tekort(wat + "; het gezin zou het opstellen, maar er is niet op basis ervan gewerkt",
                        aanbod.get(), laatste);
            }
        }
        return bevindingen.toetsing("Geen ondersteuningsplan in een geaccepteerde zaak");
    }

    /**
     * 001 Bijlage 1: "In elk geval moet aannemelijk zijn gemaakt dat professionals en gezin gezamenlijk de doelen
     * evalueren." From the first approval of the plan until the zaak ends, no more than three months pass without an
     * evaluation together with the gezin; an evaluation without the gezin does not count.
     */
    static Toetsing gezamenlijkGeevalueerd(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.ONDERSTEUNINGSPLAN_GEZAMENLIJK_GEEVALUEERD);
        for (Zaak zaak : dossier.zaken.values()) {
            Optional<Stap> goedgekeurd = zaak.ondersteuningsplannen.values().stream()
                    .map(plan -> plan.beoordeeld)
                    .filter(beoordeeld -> beoordeeld != null && "GOEDGEKEURD".equals(beoordeeld.tekst("besluit")))
                    .min(Comparator.comparing(Stap::tijdstip));
            if (zaak.geaccepteerd == null || goedgekeurd.isEmpty()) {
                continue;
            }
            LocalDate einde = Moment.datum(zaak.einde(moment));
            LocalDate vanaf = Moment.datum(goedgekeurd.get().tijdstip());
            Stap sinds = goedgekeurd.get();
            int gezamenlijk = 0;
            for (Stap evaluatie : zaak.planevaluaties) {
                LocalDate dag = Moment.datum(evaluatie.tijdstip());
                if (dag.isAfter(einde)) {
                    break;
                }
                if (!samenMetGezin(evaluatie)) {
                    continue;
                }
                if (dag.isAfter(uiterlijk(vanaf))) {
                    bevindingen.tekort(gat(zaak, vanaf, dag), gatBewijs(zaak, sinds, evaluatie));
                }
                vanaf = dag;
                sinds = evaluatie;
                gezamenlijk++;
            }
            LocalDate uiterlijk = uiterlijk(vanaf);
            if (einde.isAfter(uiterlijk)) {
                bevindingen.tekort(gat(zaak, vanaf, einde), gatBewijs(zaak, sinds, null));
            } else if (gezamenlijk > 0) {
                bevindingen.voldaan(gezamenlijk + " keer samen met het gezin geëvalueerd; de volgende uiterlijk "
                        + uiterlijk, sinds);
            } else if (zaak.open()) {
                bevindingen.lopend("eerste gezamenlijke evaluatie uiterlijk " + uiterlijk, sinds);
            }
        }
        return bevindingen.toetsing("Geen goedgekeurd ondersteuningsplan in een geaccepteerde zaak");
    }

    /** The versions drawn up, oldest first. */
    private static List<Stap> versies(Zaak zaak) {
        return zaak.ondersteuningsplannen.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(versie -> versie.getValue().opgesteld)
                .filter(Objects::nonNull)
                .toList();
    }

    /** A zaak that ended within the six weeks is judged by its return or closing (R9, R16), not here. */
    private static void zonderPlan(Zaak zaak, Moment moment, Bevindingen bevindingen) {
        LocalDate uiterlijk = Moment.datum(zaak.geaccepteerd.tijdstip()).plusDays(PLAN_BINNEN_DAGEN);
        if (!zaak.open() && !Moment.datum(zaak.einde(moment)).isAfter(uiterlijk)) {
            return;
        }
        if (moment.voorbij(uiterlijk)) {
            bevindingen.tekort("zes weken na de start nog geen ondersteuningsplan: de hulpvraag is niet met het gezin "
                    + "geformuleerd", zaak.geaccepteerd);
        } else {
            bevindingen.lopend("ondersteuningsplan met het gezin verwacht uiterlijk " + uiterlijk, zaak.geaccepteerd);
        }
    }

    private static List<String> leden(Zaak zaak, String rol) {
        return zaak.leden.entrySet().stream().filter(lid -> rol.equals(lid.getValue().tekst("rol")))
                .map(Map.Entry::getKey).toList();
    }

    /** A conversation counts by the day it was held, on or before the plan's. */
    private static boolean gevoerdUiterlijk(Stap gesprek, LocalDate dag) {
        LocalDate op = gesprek.datum("gevoerdOp");
        return !(op == null ? Moment.datum(gesprek.tijdstip()) : op).isAfter(dag);
    }

    private static boolean samenMetGezin(Stap evaluatie) {
        return evaluatie.waar("samenMetGezin");
    }

    /** Explicitly without the gezin: an evaluation stored without its facts (from before) is not named. */
    private static boolean zonderGezin(Stap evaluatie) {
        return evaluatie.feit("samenMetGezin").isBoolean() && !evaluatie.waar("samenMetGezin");
    }

    private static LocalDate uiterlijk(LocalDate vanaf) {
        return vanaf.plusMonths(GEZAMENLIJK_EVALUEREN_BINNEN_MAANDEN);
    }

    private static String gat(Zaak zaak, LocalDate van, LocalDate tot) {
        long zonderGezin = zaak.planevaluaties.stream().filter(PlanToetsen::zonderGezin)
                .map(stap -> Moment.datum(stap.tijdstip()))
                .filter(dag -> dag.isAfter(van) && !dag.isAfter(tot)).count();
        return "van " + van + " tot " + tot + " geen evaluatie samen met het gezin (langer dan "
                + GEZAMENLIJK_EVALUEREN_BINNEN_MAANDEN + " maanden)"
                + (zonderGezin > 0 ? "; " + zonderGezin + " keer geëvalueerd zonder het gezin" : "");
    }

    private static Stap[] gatBewijs(Zaak zaak, Stap van, Stap tot) {
        List<Stap> bewijs = new ArrayList<>(List.of(van));
        zaak.planevaluaties.stream()
                .filter(stap -> zonderGezin(stap) && stap.tijdstip().isAfter(van.tijdstip())
                        && (tot == null || stap.tijdstip().isBefore(tot.tijdstip())))
                .forEach(bewijs::add);
        if (tot != null) {
            bewijs.add(tot);
        }
        return bewijs.toArray(Stap[]::new);
    }
}
