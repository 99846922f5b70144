package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 6 (001 §3.3: zicht op veiligheid through regular home visits and contact with school was "niet altijd
 * navolgbaar"): while a child of an accepted zaak is judged unsafe, the team has contact with the gezin at least every
 * agreed number of days. As wijkteam-service's signal CONTACT_ACHTERSTALLIG: the term runs from the latest contact that
 * counts (a home visit or conversation where nobody was seen does not), or from the acceptance; without an agreement
 * the default of 14 days applies ({@code keten.contact.standaardfrequentie} in wijkteam-service: keep the two equal).
 */
final class Contacttoets {

    static final int STANDAARD_FREQUENTIE = 14;
    /**
     * The day wijkteam-service began to keep the contact log (issue 14 point 6): a stretch before it could not be
     * logged, so it is judged from then on.
     */
    static final LocalDate CONTACTLOGBOEK_SINDS = LocalDate.of(2026, 12, 8);
    private static final int CONTACT = 0;
    private static final int AFSPRAAK = 1;
    private static final int OORDEEL = 2;

    private Contacttoets() {
    }

    static Toetsing contactBijOnveiligKind(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.CONTACT_BIJ_ONVEILIG_KIND);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd != null) {
                toets(zaak, moment, bevindingen);
            }
        }
        return bevindingen.toetsing("Geen onveilig kind in een geaccepteerde zaak");
    }

    private static void toets(Zaak zaak, Moment moment, Bevindingen bevindingen) {
        List<Punt> punten = new ArrayList<>();
        zaak.contacten.forEach(stap -> punten.add(new Punt(dag(stap), CONTACT, stap)));
        zaak.contactfrequenties.forEach(stap -> punten.add(new Punt(Moment.datum(stap.tijdstip()), AFSPRAAK, stap)));
        zaak.beoordelingen.forEach(stap -> punten.add(new Punt(Moment.datum(stap.tijdstip()), OORDEEL, stap)));
        punten.sort(Comparator.comparing(Punt::dag).thenComparing(Punt::volgorde));
        LocalDate einde = Moment.datum(zaak.einde(moment));

        Map<String, String> oordelen = new LinkedHashMap<>();
        Stap onveiligDoor = null;
        boolean ooitOnveilig = false;
        LocalDate vanaf = max(Moment.datum(zaak.geaccepteerd.tijdstip()), CONTACTLOGBOEK_SINDS);
        Stap laatsteContact = zaak.geaccepteerd;
        int frequentie = STANDAARD_FREQUENTIE;
        // a stretch is named from where an earlier one ended: unsafe again after a safe spell, the term still runs
        // from the last contact (as the signal's), but the days already named are not named twice
        LocalDate genoemdTot = vanaf;
        List<String> gaten = new ArrayList<>();
        List<Stap> bewijs = new ArrayList<>();
        for (Punt punt : punten) {
            if (punt.dag().isAfter(einde)) {
                break;
            }
            Stap stap = punt.stap();
            // a stretch is judged once, where it ends: at a contact that counts, or when no child is unsafe any more
            boolean sluit = punt.volgorde() == CONTACT ? stap.feit("teltAlsContact").asBoolean(true)
                    : punt.volgorde() == OORDEEL && !onveiligNa(stap, oordelen);
            if (sluit && onveiligDoor != null && ChronoUnit.DAYS.between(vanaf, punt.dag()) > frequentie) {
                gaten.add(gat(vanaf, genoemdTot, punt.dag(), frequentie));
                genoemdTot = punt.dag();
                bewijs.add(laatsteContact);
                bewijs.add(onveiligDoor);
            }
            switch (punt.volgorde()) {
                case OORDEEL -> {
                    oordeel(stap, oordelen);
                    boolean onveilig = oordelen.containsValue("ONVEILIG");
                    onveiligDoor = onveilig ? (onveiligDoor != null ? onveiligDoor : stap) : null;
                    ooitOnveilig |= onveilig;
                    if (onveilig) {
                        bewijs.add(stap);
                    }
                }
                case AFSPRAAK -> frequentie = stap.feit("dagen").asInt(frequentie);
                default -> {
                    if (stap.feit("teltAlsContact").asBoolean(true) && !punt.dag().isBefore(vanaf)) {
                        vanaf = punt.dag();
                        laatsteContact = stap;
                    }
                    if (onveiligDoor != null) {
                        bewijs.add(stap);
                    }
                }
            }
        }
        if (onveiligDoor != null && ChronoUnit.DAYS.between(vanaf, einde) > frequentie) {
            gaten.add(gat(vanaf, genoemdTot, einde, frequentie) + (zaak.open() ? " (loopt nog)" : ""));
            bewijs.add(laatsteContact);
            bewijs.add(onveiligDoor);
        }
        if (!ooitOnveilig) {
            return;
        }
        Stap[] stappen = bewijs.stream().distinct().toArray(Stap[]::new);
        if (gaten.isEmpty()) {
            bevindingen.voldaan("zolang een kind onveilig was, contact binnen de afgesproken frequentie ("
                    + zaak.contacten.size() + " contact(en) in het logboek)", stappen);
        } else {
            bevindingen.tekort("kind onveilig en geen contact met het gezin: " + String.join("; ", gaten), stappen);
        }
    }

    private static boolean onveiligNa(Stap stap, Map<String, String> oordelen) {
        Map<String, String> na = new LinkedHashMap<>(oordelen);
        oordeel(stap, na);
        return na.containsValue("ONVEILIG");
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The child's oordeel from an assessment, or each child's current oordeel from a plan evaluation. */
    private static void oordeel(Stap stap, Map<String, String> oordelen) {
        if ("VeiligheidsinschattingVastgelegd".equals(stap.type())) {
            oordelen.put(stap.tekst("lidId"), stap.tekst("oordeel"));
            return;
        }
        for (JsonNode kind : stap.feit("kinderen")) {
            if (kind.path("huidigOordeel").isString()) {
                oordelen.put(kind.path("lidId").asString(""), kind.path("huidigOordeel").asString());
            }
        }
    }

    /** The stretch from the last contact, or, when part of it was named already, from where that ended. */
    private static String gat(LocalDate laatsteContact, LocalDate genoemdTot, LocalDate tot, int frequentie) {
        long dagen = ChronoUnit.DAYS.between(laatsteContact, tot);
        if (!genoemdTot.isAfter(laatsteContact)) {
            return "van " + laatsteContact + " tot " + tot + " (" + dagen + " dagen, afgesproken: elke " + frequentie
                    + ")";
        }
        return "van " + genoemdTot + " tot " + tot + " (geen contact sinds " + laatsteContact + ": " + dagen
                + " dagen, afgesproken: elke " + frequentie + ")";
    }

    /** The contact's own day; a step without one (never published so) counts on the day it was recorded. */
    private static LocalDate dag(Stap stap) {
        LocalDate op = stap.datum("op");
        return op != null ? op : Moment.datum(stap.tijdstip());
    }

    /**
     * A step on the zaak's time line, by day; on one day contacts first (the visit in which a child was judged unsafe
     * starts its term), then agreements, then judgements.
     */
    private record Punt(LocalDate dag, int volgorde, Stap stap) {
    }
}
