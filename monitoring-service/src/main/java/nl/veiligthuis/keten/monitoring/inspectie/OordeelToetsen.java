package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 9, the quality of each child's safety judgement: it covers both parents and the (ex-)partner (001:
 * ETM/LIRIK "slechts over één ouder ingevuld"), and it is based on recent information (003): not older than 90 days
 * without a new assessment or plan evaluation, as wijkteam-service's {@code keten.intake.herbeoordeling}.
 */
final class OordeelToetsen {

    static final int HERBEOORDELING_DAGEN = 90;
    private static final Duration HERBEOORDELING = Duration.ofDays(HERBEOORDELING_DAGEN);
    private static final Set<String> OUDERS = Set.of("OUDER", "PARTNER", "EX_PARTNER");

    private OordeelToetsen() {
    }

    /**
     * Each child's latest assessment names, among the adults it covers, every parent and (ex-)partner registered. An
     * assessment recorded before the adults were asked for is not judged.
     */
    static Toetsing overAlleOuders(Gezinsdossier dossier) {
        Bevindingen bevindingen = new Bevindingen(Criterium.INSCHATTING_OVER_ALLE_OUDERS);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            List<String> ouders = zaak.leden.entrySet().stream()
                    .filter(lid -> OUDERS.contains(lid.getValue().tekst("rol"))).map(Map.Entry::getKey).toList();
            if (ouders.isEmpty()) {
                continue;
            }
            for (String kind : zaak.kinderen()) {
                Stap inschatting = zaak.inschattingen.get(kind);
                if (inschatting == null) {
                    continue;
                }
                JsonNode genoemd = inschatting.feit("volwassenen");
                if (!genoemd.isArray()) {
                    // recorded before wijkteam-service asked over whom: nothing to judge it by, either way
                    continue;
                }
                Set<String> volwassenen = new LinkedHashSet<>();
                genoemd.forEach(lid -> volwassenen.add(lid.asString("")));
                List<String> ontbrekend = ouders.stream().filter(ouder -> !volwassenen.contains(ouder)).toList();
                if (ontbrekend.isEmpty()) {
                    bevindingen.voldaan("kind " + kind + ": inschatting over " + ouders.size() + " ouder(s) en "
                            + "(ex-)partner(s)", inschatting);
                } else {
                    List<Stap> bewijs = new ArrayList<>(List.of(inschatting));
                    ontbrekend.forEach(ouder -> bewijs.add(zaak.leden.get(ouder)));
                    bevindingen.tekort("kind " + kind + ": inschatting niet over " + String.join(", ", ontbrekend),
                            bewijs.toArray(Stap[]::new));
                }
            }
        }
        return bevindingen.toetsing("Geen kind met een veiligheidsinschatting naast een geregistreerde ouder");
    }

    /**
     * From a child's first oordeel until the zaak ends (or the moment judged), no stretch of more than 90 days
     * without a new assessment or plan evaluation that judged the child.
     */
    static Toetsing actueel(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.VEILIGHEIDSOORDEEL_ACTUEEL);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            Instant einde = zaak.einde(moment);
            oordelenPerKind(zaak).forEach((kind, oordelen) -> {
                List<String> gaten = new ArrayList<>();
                List<Stap> bewijs = new ArrayList<>();
                for (int i = 0; i < oordelen.size(); i++) {
                    Stap oordeel = oordelen.get(i);
                    boolean laatste = i == oordelen.size() - 1;
                    Instant tot = laatste ? einde : oordelen.get(i + 1).tijdstip();
                    LocalDate van = Moment.datum(oordeel.tijdstip());
                    long dagen = ChronoUnit.DAYS.between(van, Moment.datum(tot));
                    // older than the period, to the moment, as wijkteam-service's Herbeoordeling counts it
                    if (Duration.between(oordeel.tijdstip(), tot).compareTo(HERBEOORDELING) > 0) {
                        gaten.add("van " + van + " tot " + Moment.datum(tot) + " (" + dagen + " dagen)"
                                + (laatste && zaak.open() ? " (loopt nog)" : ""));
                        bewijs.add(oordeel);
                    }
                }
                if (gaten.isEmpty()) {
                    bevindingen.voldaan("kind " + kind + ": " + oordelen.size() + " oordeel/oordelen, nooit ouder dan "
                            + HERBEOORDELING_DAGEN + " dagen", oordelen.get(oordelen.size() - 1));
                } else {
                    bevindingen.tekort("kind " + kind + ": oordeel niet herbeoordeeld " + String.join("; ", gaten),
                            bewijs.toArray(Stap[]::new));
                }
            });
        }
        return bevindingen.toetsing("Geen kind met een veiligheidsoordeel in een geaccepteerde zaak");
    }

    /** Per child, in order, each step that judged it: its assessments and the plan evaluations that name it. */
    private static Map<String, List<Stap>> oordelenPerKind(Zaak zaak) {
        Map<String, List<Stap>> perKind = new LinkedHashMap<>();
        for (Stap stap : zaak.beoordelingen) {
            if ("VeiligheidsinschattingVastgelegd".equals(stap.type())) {
                perKind.computeIfAbsent(stap.tekst("lidId"), kind -> new ArrayList<>()).add(stap);
                continue;
            }
            for (JsonNode kind : stap.feit("kinderen")) {
                String lidId = kind.path("lidId").asString("");
                // as wijkteam-service: an evaluation judges each registered child it names, assessed before or not
                if (kind.path("huidigOordeel").isString() && zaak.kinderen().contains(lidId)) {
                    perKind.computeIfAbsent(lidId, id -> new ArrayList<>()).add(stap);
                }
            }
        }
        return perKind;
    }
}
