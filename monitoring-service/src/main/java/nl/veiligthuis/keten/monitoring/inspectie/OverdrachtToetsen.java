package nl.veiligthuis.keten.monitoring.inspectie;

import java.util.List;

/**
 * The handover between Veilig Thuis and the wijkteam: a warm handover after onderzoek (R8), shared on a recorded ground
 * (R17), no ping-pong (R9).
 */
final class OverdrachtToetsen {

    /** More returns than this is a gezin pushed back and forth (R9); the count is always given. */
    static final int HOOGSTENS_TERUGMELDINGEN = 1;

    private OverdrachtToetsen() {
    }

    static Toetsing overdrachtsgesprek(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.OVERDRACHTSGESPREK_NA_ONDERZOEK);
        for (Stap overdracht : dossier.overdrachten) {
            if (!"NA_ONDERZOEK".equals(overdracht.tekst("route"))) {
                continue;
            }
            List<Stap> gesprekken = dossier.overdrachtsgesprekken.getOrDefault(overdracht.tekst("onderzoekId"),
                    List.of());
            if (gesprekken.isEmpty()) {
                bevindingen.tekort("overdracht na onderzoek zonder overdrachtsgesprek", overdracht);
            } else {
                bevindingen.voldaan("overdrachtsgesprek gevoerd", overdracht);
                gesprekken.forEach(bevindingen::bewijs);
            }
        }
        return bevindingen.toetsing("Geen overdracht na onderzoek");
    }

    /**
     * R17: every handover shares the family's information with the wijkteam, on their consent or a recorded safety
     * reason. A handover published without either (a v1 client that did not say, or before it was recorded) is a
     * sharing on no recorded ground. The wijkteam's informing of huisarts, school and CJG needs no check here: its
     * command refuses to inform without consent or a reason.
     */
    static Toetsing delen(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.DELEN_MET_TOESTEMMING_OF_REDEN);
        for (Stap overdracht : dossier.overdrachten) {
            String grond = overdracht.tekst("toestemming");
            if ("GEGEVEN".equals(grond)) {
                bevindingen.voldaan("overdracht met toestemming", overdracht);
            } else if ("ZONDER_TOESTEMMING_MET_REDEN".equals(grond)) {
                bevindingen.voldaan("overdracht zonder toestemming, met de veiligheidsreden", overdracht);
            } else {
                bevindingen.tekort("overdracht zonder vastgelegde toestemming of veiligheidsreden", overdracht);
            }
        }
        return bevindingen.toetsing("Geen overdracht");
    }

    static Toetsing terugmeldingen(Gezinsdossier dossier) {
        int aantal = dossier.terugmeldingen.size();
        if (dossier.overdrachten.isEmpty() && aantal == 0) {
            return Toetsing.nietVanToepassing(Criterium.TERUGMELDINGEN, "Geen overdracht").metAantal(0);
        }
        Bevindingen bevindingen = new Bevindingen(Criterium.TERUGMELDINGEN);
        dossier.terugmeldingen.forEach(bevindingen::bewijs);
        String toelichting = aantal + (aantal == 1 ? " terugmelding" : " terugmeldingen");
        if (aantal > HOOGSTENS_TERUGMELDINGEN) {
            bevindingen.tekort(toelichting);
        } else {
            bevindingen.voldaan(toelichting);
        }
        return bevindingen.toetsing("").metAantal(aantal);
    }
}
