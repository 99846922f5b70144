package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Melding;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Monitoring;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Onderzoek;

/** The terms Veilig Thuis works to: triage (R1), onderzoek (R4) and the first monitoring contact (R14). */
final class TermijnToetsen {

    private static final String NA_ONDERZOEK = "NA_ONDERZOEK";

    private TermijnToetsen() {
    }

    /**
     * Each round's {@code binnenTermijn} is triage-service's verdict: the first round against the last day it
     * published when the triage opened (5 Dutch working days), which is also checked here; a new decision after a
     * return against a fresh term from the return (issue 14 point 2), the day a {@code TriagetermijnOverschreden}
     * names.
     */
    static Toetsing triage(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.TRIAGE_BINNEN_5_WERKDAGEN);
        dossier.meldingen.values().stream().filter(melding -> melding.geopend != null || melding.ontvangen != null)
                .forEach(melding -> triage(melding, moment, bevindingen));
        return bevindingen.toetsing("Geen melding");
    }

    private static void triage(Melding melding, Moment moment, Bevindingen bevindingen) {
        LocalDate uiterlijk = melding.geopend == null ? null : melding.geopend.datum("uiterlijkAfgerondOp");
        if (melding.overschreden != null) {
            LocalDate overschreden = melding.overschreden.datum("uiterlijkAfgerondOp");
            bevindingen.tekort("triagetermijn overschreden (uiterlijk " + (overschreden != null ? overschreden
                    : uiterlijk) + ")", melding.geopend, melding.overschreden);
        }
        if (melding.afgerond.isEmpty()) {
            if (moment.voorbij(uiterlijk)) {
                bevindingen.tekort("triage niet afgerond, uiterlijk " + uiterlijk, melding.geopend);
            } else {
                bevindingen.lopend("triage loopt tot " + uiterlijk, melding.geopend);
            }
            return;
        }
        var eerste = melding.afgerond.get(0);
        Instant afgerondOp = eerste.moment("afgerondOp");
        boolean naUiterlijk = uiterlijk != null && afgerondOp != null && Moment.datum(afgerondOp).isAfter(uiterlijk);
        boolean alleBinnenTermijn = melding.afgerond.stream().allMatch(ronde -> ronde.waar("binnenTermijn"));
        if (naUiterlijk || !eerste.waar("binnenTermijn")) {
            melding.afgerond.forEach(bevindingen::bewijs);
            bevindingen.tekort("triage afgerond na de termijn (uiterlijk " + uiterlijk + ")", melding.geopend);
        } else if (!alleBinnenTermijn) {
            melding.afgerond.forEach(bevindingen::bewijs);
            bevindingen.tekort("nieuw besluit na terugmelding afgerond na de nieuwe termijn van 5 werkdagen",
                    melding.geopend);
        } else if (melding.overschreden == null) {
            melding.afgerond.forEach(bevindingen::bewijs);
            bevindingen.voldaan("triage afgerond binnen de termijn (uiterlijk " + uiterlijk + ")", melding.geopend);
        }
    }

    /** The last day is the latest one set: a verlenging records its reason (R4), an overrun without one is a breach. */
    static Toetsing onderzoek(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.ONDERZOEK_BINNEN_10_WEKEN);
        dossier.onderzoeken.values().stream().filter(onderzoek -> onderzoek.gestart != null)
                .forEach(onderzoek -> onderzoek(onderzoek, moment, bevindingen));
        return bevindingen.toetsing("Geen onderzoek");
    }

    private static void onderzoek(Onderzoek onderzoek, Moment moment, Bevindingen bevindingen) {
        Optional<Stap> verlenging = onderzoek.verlengd.stream().reduce((eerder, later) -> later);
        LocalDate uiterlijk = verlenging.map(stap -> stap.datum("uiterlijkAfgerondOp"))
                .orElse(onderzoek.gestart.datum("uiterlijkAfgerondOp"));
        String grond = verlenging.map(stap -> " (verlengd: " + stap.tekst("reden") + ")").orElse(" (10 weken)");
        Stap[] bewijs = {onderzoek.gestart, verlenging.orElse(null), onderzoek.overschreden, onderzoek.afgerond};
        if (onderzoek.afgerond == null) {
            if (moment.voorbij(uiterlijk)) {
                bevindingen.tekort("onderzoek niet afgerond, uiterlijk " + uiterlijk + grond, bewijs);
            } else if (onderzoek.overschreden != null && verlenging.isEmpty()) {
                bevindingen.tekort("onderzoekstermijn overschreden zonder reden", bewijs);
            } else {
                bevindingen.lopend("onderzoek loopt tot " + uiterlijk + grond, bewijs);
            }
            return;
        }
        Instant afgerondOp = onderzoek.afgerond.moment("afgerondOp");
        if (uiterlijk != null && afgerondOp != null && Moment.datum(afgerondOp).isAfter(uiterlijk)) {
            bevindingen.tekort("onderzoek afgerond na " + uiterlijk + grond, bewijs);
        } else {
            bevindingen.voldaan("onderzoek afgerond uiterlijk " + uiterlijk + grond, bewijs);
        }
    }

    /** Every handover after onderzoek starts a monitoring (R8/R14) whose first contact is due within 3 months. */
    static Toetsing monitoring(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN);
        for (Stap overdracht : dossier.overdrachten) {
            if (!NA_ONDERZOEK.equals(overdracht.tekst("route"))) {
                continue;
            }
            String overdrachtId = overdracht.tekst("overdrachtId");
            Optional<Monitoring> monitoring = dossier.monitoringen.values().stream()
                    .filter(kandidaat -> kandidaat.gestart != null
                            && overdrachtId != null && overdrachtId.equals(kandidaat.gestart.tekst("overdrachtId")))
                    .findFirst();
            if (monitoring.isEmpty()) {
                bevindingen.tekort("geen monitoring gestart na overdracht na onderzoek", overdracht);
            } else {
                eersteContact(monitoring.get(), moment, bevindingen);
            }
        }
        return bevindingen.toetsing("Geen overdracht na onderzoek");
    }

    private static void eersteContact(Monitoring monitoring, Moment moment, Bevindingen bevindingen) {
        Instant uiterlijk = monitoring.gestart.moment("uiterlijkEersteContactOp");
        Optional<Stap> eerste = monitoring.contacten.stream()
                .min(Comparator.comparing(contact -> contact.moment("contactOp")));
        if (monitoring.verlopen != null) {
            bevindingen.tekort("geen contact binnen 3 maanden (uiterlijk " + uiterlijk + ")", monitoring.gestart,
                    monitoring.verlopen, eerste.orElse(null));
        } else if (eerste.isPresent() && uiterlijk != null && eerste.get().moment("contactOp").isAfter(uiterlijk)) {
            bevindingen.tekort("eerste contact na " + uiterlijk, monitoring.gestart, eerste.get());
        } else if (eerste.isPresent()) {
            bevindingen.voldaan("eerste contact binnen 3 maanden", monitoring.gestart, eerste.get());
        } else if (moment.voorbij(uiterlijk)) {
            bevindingen.tekort("geen contact, uiterlijk " + uiterlijk, monitoring.gestart);
        } else {
            bevindingen.lopend("eerste contact uiterlijk " + uiterlijk, monitoring.gestart);
        }
    }
}
