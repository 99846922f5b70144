package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 13 (001 Bijlage 1: "In elk geval moet aannemelijk zijn gemaakt dat vanuit het wijkteam wordt
 * opgeschaald wanneer de vrijwillige hulp onvoldoende tot stand komt of onvoldoende toereikend of effectief blijkt";
 * R15). Voluntary help shows no effect when two evaluations in a row of the ondersteuningsplan reached no goal, not even
 * partly, or two evaluations in a row of the veiligheidsplan found the same child still unsafe. Then the team escalates
 * (to a tafel, R15) or gives the zaak back to Veilig Thuis (R9), from the first of the two evaluations until two weeks
 * after the second; an escalation from before still counts while its tafel had not decided, or took the regie over. A
 * zaak that ended within those two weeks is not judged here: its closing is (R16).
 */
final class Opschalingstoets {

    static final int OPSCHALEN_BINNEN_DAGEN = 14;

    private Opschalingstoets() {
    }

    static Toetsing opschaling(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            List<Stap[]> zonderEffect = new ArrayList<>(planZonderResultaat(zaak));
            zonderEffect.addAll(kindBlijftOnveilig(zaak));
            for (Stap[] paar : zonderEffect) {
                toets(zaak, paar[0], paar[1], moment, bevindingen);
            }
        }
        return bevindingen.toetsing("Geen aanwijzing dat de vrijwillige hulp zonder effect bleef");
    }

    private static void toets(Zaak zaak, Stap eerste, Stap tweede, Moment moment, Bevindingen bevindingen) {
        LocalDate van = Moment.datum(eerste.tijdstip());
        LocalDate uiterlijk = Moment.datum(tweede.tijdstip()).plusDays(OPSCHALEN_BINNEN_DAGEN);
        List<Stap> opschalingen = new ArrayList<>(zaak.opschalingen);
        if (zaak.teruggemeld != null) {
            opschalingen.add(zaak.teruggemeld);
        }
        Optional<Stap> opgeschaald = opschalingen.stream()
                .filter(stap -> {
                    LocalDate dag = Moment.datum(stap.tijdstip());
                    return !dag.isAfter(uiterlijk) && (!dag.isBefore(van) || nogAanDeTafel(zaak, stap, van));
                })
                .findFirst();
        String wat = zonderEffect(tweede) + " (" + van + " en " + Moment.datum(tweede.tijdstip()) + ")";
        if (opgeschaald.isPresent()) {
            bevindingen.voldaan(wat + "; opgeschaald: " + opgeschaald.get().type() + waarheen(opgeschaald.get())
                    + " op " + Moment.datum(opgeschaald.get().tijdstip()), eerste, tweede, opgeschaald.get());
        } else if (!zaak.open() && !Moment.datum(zaak.einde(moment)).isAfter(uiterlijk)) {
            return;
        } else if (moment.voorbij(uiterlijk)) {
            bevindingen.tekort(wat + "; niet opgeschaald binnen " + OPSCHALEN_BINNEN_DAGEN + " dagen", eerste, tweede);
        } else {
            bevindingen.lopend(wat + "; opschaling uiterlijk " + uiterlijk, eerste, tweede);
        }
    }

    /**
     * R15: an earlier escalation still counts while the tafel has not decided by the first evaluation of the two, or
     * when it took the regie over: the team waits for child protection and keeps sight on safety meanwhile.
     */
    private static boolean nogAanDeTafel(Zaak zaak, Stap opschaling, LocalDate van) {
        if (!"ZaakOpgeschaald".equals(opschaling.type())) {
            return false;
        }
        Optional<Stap> besluit = zaak.besluiten.stream()
                .filter(stap -> stap.tekst("opschalingId") != null
                        && stap.tekst("opschalingId").equals(opschaling.tekst("opschalingId")))
                .findFirst();
        return besluit.isEmpty() || !Moment.datum(besluit.get().tijdstip()).isBefore(van)
                || "REGIE_OVERGEDRAGEN".equals(besluit.get().tekst("besluit"));
    }

    /**
     * Two evaluations in a row of the ondersteuningsplan with no goal reached, not even partly. An evaluation stored
     * without its counts (before the timeline kept facts) says nothing either way and is passed over.
     */
    private static List<Stap[]> planZonderResultaat(Zaak zaak) {
        List<Stap[]> paren = new ArrayList<>();
        Stap vorige = null;
        for (Stap evaluatie : zaak.planevaluaties) {
            if (!evaluatie.feit("aantalBehaald").isNumber() || !evaluatie.feit("aantalDeelsBehaald").isNumber()) {
                continue;
            }
            boolean zonderResultaat = evaluatie.feit("aantalBehaald").asInt(0) == 0
                    && evaluatie.feit("aantalDeelsBehaald").asInt(0) == 0;
            if (!zonderResultaat) {
                vorige = null;
            } else if (vorige == null) {
                vorige = evaluatie;
            } else {
                paren.add(new Stap[] {vorige, evaluatie});
                vorige = null;
            }
        }
        return paren;
    }

    /** Two evaluations in a row of the veiligheidsplan that found the same child still unsafe. */
    private static List<Stap[]> kindBlijftOnveilig(Zaak zaak) {
        List<Stap[]> paren = new ArrayList<>();
        Map<String, Stap> onveiligBij = new HashMap<>();
        for (Stap stap : zaak.beoordelingen) {
            if ("VeiligheidsinschattingVastgelegd".equals(stap.type())) {
                // judged anew: a child no longer unsafe starts over
                if (!"ONVEILIG".equals(stap.tekst("oordeel"))) {
                    onveiligBij.remove(stap.tekst("lidId"));
                }
                continue;
            }
            Stap eerder = null;
            for (JsonNode kind : stap.feit("kinderen")) {
                String lidId = kind.path("lidId").asString("");
                if (!"ONVEILIG".equals(kind.path("huidigOordeel").asString(""))) {
                    onveiligBij.remove(lidId);
                    continue;
                }
                Stap vorige = onveiligBij.remove(lidId);
                if (vorige == null) {
                    onveiligBij.put(lidId, stap);
                } else if (eerder == null || vorige.tijdstip().isBefore(eerder.tijdstip())) {
                    eerder = vorige;
                }
            }
            if (eerder != null) {
                paren.add(new Stap[] {eerder, stap});
            }
        }
        return paren;
    }

    private static String zonderEffect(Stap evaluatie) {
        return "VeiligheidsplanGeevalueerd".equals(evaluatie.type())
                ? "twee evaluaties van het veiligheidsplan op rij: een kind blijft onveilig"
                : "twee evaluaties van het ondersteuningsplan op rij: geen doel (deels) behaald";
    }

    private static String waarheen(Stap opschaling) {
        String tafel = opschaling.tekst("tafel");
        return tafel == null ? "" : " naar " + tafel;
    }
}
