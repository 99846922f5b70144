package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.LocalDate;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;

/**
 * Issue 14 point 10 (003 §5: verhuizingen cause re-referrals; R10, R2): when the gezin moves, the wijkteam of the new
 * gemeente decides within two weeks of the announcement: it takes the zaak over after a warm handover, with its
 * casusregisseur, so regie and zicht op veiligheid pass explicitly; or it refuses with a reason, and they stay where
 * they were. A move taken back by its team, or overtaken by the zaak's return or closing within the two weeks, is not
 * judged.
 */
final class Verhuizingstoets {

    static final int BESLUIT_BINNEN_DAGEN = 14;

    private Verhuizingstoets() {
    }

    static Toetsing warmOvergedragen(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.VERHUIZING_WARM_OVERGEDRAGEN);
        for (Zaak zaak : dossier.zaken.values()) {
            for (Stap aangemeld : zaak.verhuizingen) {
                if ("VerhuizingAangemeld".equals(aangemeld.type())) {
                    toets(zaak, aangemeld, moment, bevindingen);
                }
            }
        }
        return bevindingen.toetsing("Geen verhuizing van een zaak aangemeld");
    }

    private static void toets(Zaak zaak, Stap aangemeld, Moment moment, Bevindingen bevindingen) {
        String verhuizingId = aangemeld.tekst("verhuizingId");
        LocalDate uiterlijk = Moment.datum(aangemeld.tijdstip()).plusDays(BESLUIT_BINNEN_DAGEN);
        Optional<Stap> besluit = zaak.verhuizingen.stream()
                .filter(stap -> !"VerhuizingAangemeld".equals(stap.type()))
                .filter(stap -> verhuizingId != null && verhuizingId.equals(stap.tekst("verhuizingId")))
                .findFirst();
        String wat = "verhuizing van " + aangemeld.tekst("vanGemeente") + " naar " + aangemeld.tekst("naarGemeente");
        if (besluit.isEmpty()) {
            // overtaken by the zaak's return or closing within the two weeks: not judged; after them it waited too long
            if (!zaak.open() && !zaak.einde(moment).isBefore(aangemeld.tijdstip())
                    && !Moment.datum(zaak.einde(moment)).isAfter(uiterlijk)) {
                return;
            }
            if (moment.voorbij(uiterlijk)) {
                bevindingen.tekort(wat + " wacht sinds " + Moment.datum(aangemeld.tijdstip())
                        + " op het ontvangende wijkteam, langer dan " + BESLUIT_BINNEN_DAGEN + " dagen", aangemeld);
            } else {
                bevindingen.lopend(wat + "; besluit uiterlijk " + uiterlijk, aangemeld);
            }
            return;
        }
        Stap stap = besluit.get();
        LocalDate beslist = Moment.datum(stap.tijdstip());
        if ("VerhuizingIngetrokken".equals(stap.type())) {
            // taken back by the team that announced it, which kept regie and zicht throughout
            return;
        }
        if (beslist.isAfter(uiterlijk)) {
            bevindingen.tekort(wat + ": pas op " + beslist + " besloten, langer dan " + BESLUIT_BINNEN_DAGEN
                    + " dagen na de aanmelding", aangemeld, stap);
        } else if ("VerhuizingGeweigerd".equals(stap.type())) {
            bevindingen.voldaan(wat + " geweigerd (" + stap.tekst("reden") + "); regie en zicht op veiligheid bleven "
                    + "bij het wijkteam van " + aangemeld.tekst("vanGemeente"), aangemeld, stap);
        } else {
            Optional<Stap> regisseur = zaak.regisseurs.stream()
                    .filter(toegewezen -> !toegewezen.tijdstip().isBefore(stap.tijdstip())).findFirst();
            if (regisseur.isPresent()) {
                bevindingen.voldaan(wat + " overgenomen na de warme overdracht van " + stap.datum("warmeOverdrachtOp")
                        + ", met een casusregisseur van " + regisseur.get().organisatie(), aangemeld, stap,
                        regisseur.get());
            } else {
                bevindingen.tekort(wat + " overgenomen zonder casusregisseur: de regie ging niet over", aangemeld,
                        stap);
            }
        }
    }
}
