package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Melding;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;

/**
 * Issue 14 point 13 (001 Bijlage 1: "Bij acuut onveilige situaties worden zo snel mogelijk maatregelen getroffen om de
 * onveiligheid op te heffen"; R2, R3). Three acts are judged:
 * <ul>
 *   <li>a melding received as acuut onveilig gets Veilig Thuis' decision within 24 hours (R2: zicht from receipt);</li>
 *   <li>a decision that judges the situation ACUUT_ONVEILIG is SPOED, the immediate safety action (R3);</li>
 *   <li>a contact of the wijkteam that showed an unsafe child is followed by a measure on that day or the next: a new
 *       veiligheidsinschatting or plan evaluation, a veiligheidsplan, an escalation or a return to Veilig Thuis; under
 *       a veiligheidsplan already in force the visit is part of that plan.</li>
 * </ul>
 * Whether the measure lifted the danger is the professionals' judgement: the evidence names the step that carries it.
 */
final class Acuuttoets {

    /** "Zo snel mogelijk": R2 asks to act immediately; a day is the outer bound the inspection holds to. */
    static final Duration BESLUIT_BINNEN = Duration.ofHours(24);

    private Acuuttoets() {
    }

    static Toetsing acuutGehandeld(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.ACUUT_ONVEILIG_GEHANDELD);
        dossier.meldingen.values().forEach(melding -> melding(melding, moment, bevindingen));
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd != null) {
                onveiligeContacten(zaak, moment, bevindingen);
            }
        }
        return bevindingen.toetsing("Geen acuut onveilige situatie gemeld of gezien");
    }

    private static void melding(Melding melding, Moment moment, Bevindingen bevindingen) {
        // melding-service's receipt, or triage-service's opening when the receipt carries no facts (from before)
        Stap ontvangen = melding.ontvangen != null && melding.ontvangen.waar("acuutOnveilig") ? melding.ontvangen
                : melding.geopend != null && melding.geopend.waar("acuutOnveilig") ? melding.geopend : null;
        if (ontvangen != null) {
            Stap ontvangst = melding.ontvangen != null ? melding.ontvangen : ontvangen;
            Instant ontvangenOp = Optional.ofNullable(ontvangst.moment("ontvangenOp")).orElse(ontvangst.tijdstip());
            Instant uiterlijk = ontvangenOp.plus(BESLUIT_BINNEN);
            Optional<Stap> besluit = melding.afgerond.stream().findFirst();
            if (besluit.isPresent() && !besluitMoment(besluit.get()).isAfter(uiterlijk)) {
                bevindingen.voldaan("acuut onveilig gemeld; binnen 24 uur besloten: " + besluit.get().tekst("uitkomst"),
                        ontvangen, besluit.get());
            } else if (besluit.isPresent()) {
                bevindingen.tekort("acuut onveilig gemeld op " + ontvangenOp + "; pas besloten op "
                        + besluitMoment(besluit.get()), ontvangen, besluit.get());
            } else if (moment.voorbij(uiterlijk)) {
                bevindingen.tekort("acuut onveilig gemeld op " + ontvangenOp + "; na 24 uur nog geen besluit", ontvangen);
            } else {
                bevindingen.lopend("acuut onveilig gemeld; besluit uiterlijk " + uiterlijk, ontvangen);
            }
        }
        for (Stap besluit : melding.afgerond) {
            if (!"ACUUT_ONVEILIG".equals(besluit.tekst("ernst"))) {
                continue;
            }
            if ("SPOED".equals(besluit.tekst("uitkomst"))) {
                bevindingen.voldaan("acuut onveilig beoordeeld: SPOED, de directe veiligheidsactie", besluit);
            } else {
                bevindingen.tekort("acuut onveilig beoordeeld zonder directe veiligheidsactie (uitkomst "
                        + besluit.tekst("uitkomst") + ")", besluit);
            }
        }
    }

    private static void onveiligeContacten(Zaak zaak, Moment moment, Bevindingen bevindingen) {
        List<Stap> maatregelen = maatregelen(zaak);
        for (Stap contact : zaak.contacten) {
            LocalDate op = contact.datum("op");
            if (op == null || !"ONVEILIG".equals(contact.tekst("beeld"))) {
                continue;
            }
            LocalDate uiterlijk = op.plusDays(1);
            Optional<Stap> maatregel = maatregelen.stream()
                    .filter(stap -> {
                        LocalDate dag = Moment.datum(stap.tijdstip());
                        return !dag.isBefore(op) && !dag.isAfter(uiterlijk);
                    })
                    .findFirst();
            String wat = "contact op " + op + " liet een onveilig kind zien";
            Optional<Stap> plan = veiligheidsplanInWerking(zaak, op);
            if (plan.isPresent()) {
                // the plan holds the measures for when safety is not achieved (R13): the visit is part of it
                bevindingen.voldaan(wat + "; het veiligheidsplan van " + Moment.datum(plan.get().tijdstip())
                        + " was in werking", contact, plan.get());
            } else if (maatregel.isPresent()) {
                bevindingen.voldaan(wat + "; maatregel: " + maatregel.get().type() + " op "
                        + Moment.datum(maatregel.get().tijdstip()), contact, maatregel.get());
            } else if (moment.voorbij(uiterlijk)) {
                bevindingen.tekort(wat + "; geen maatregel op die dag of de volgende", contact);
            } else {
                bevindingen.lopend(wat + "; maatregel uiterlijk " + uiterlijk, contact);
            }
        }
    }

    /**
     * What a team does about an unsafe child: judge again (an assessment, or a veiligheidsplan evaluation), make a
     * plan, escalate, or give it back to Veilig Thuis.
     */
    private static List<Stap> maatregelen(Zaak zaak) {
        List<Stap> maatregelen = new ArrayList<>(zaak.beoordelingen);
        zaak.veiligheidsplannen.values().stream().map(plan -> plan.opgesteld).filter(Objects::nonNull)
                .forEach(maatregelen::add);
        maatregelen.addAll(zaak.opschalingen);
        if (zaak.teruggemeld != null) {
            maatregelen.add(zaak.teruggemeld);
        }
        maatregelen.sort(Comparator.comparing(Stap::tijdstip));
        return maatregelen;
    }

    /** The veiligheidsplan drawn up before that day and not ended or run out before it. */
    private static Optional<Stap> veiligheidsplanInWerking(Zaak zaak, LocalDate dag) {
        return zaak.veiligheidsplannen.values().stream()
                .filter(plan -> plan.opgesteld != null && Moment.datum(plan.opgesteld.tijdstip()).isBefore(dag))
                .filter(plan -> nietVoor(plan.beeindigd, dag) && nietVoor(plan.verlopen, dag))
                .map(plan -> plan.opgesteld)
                .findFirst();
    }

    private static boolean nietVoor(Stap stap, LocalDate dag) {
        return stap == null || !Moment.datum(stap.tijdstip()).isBefore(dag);
    }

    private static Instant besluitMoment(Stap besluit) {
        return Optional.ofNullable(besluit.moment("afgerondOp")).orElse(besluit.tijdstip());
    }
}
