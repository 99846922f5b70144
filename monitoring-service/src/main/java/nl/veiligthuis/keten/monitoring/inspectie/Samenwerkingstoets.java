package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 11 (001 Bijlage 1: gezamenlijke reflectie en overleg; 001: "niet navolgbaar wie wat doet"): when
 * Veilig Thuis acts while a zaak of the gezin is in treatment (a further handover joins the zaak, or Veilig Thuis
 * starts an onderzoek), Veilig Thuis and the wijkteam hold within two weeks a consultation with both at the table and
 * at least one task. Counted by the day the overleg was held; a handover split off to a zaak of its own, and an act
 * the zaak ended within two weeks of, are not judged.
 */
final class Samenwerkingstoets {

    static final int BINNEN_DAGEN = 14;

    private Samenwerkingstoets() {
    }

    static Toetsing taakverdeling(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.TAAKVERDELING_MET_VEILIG_THUIS);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            Instant einde = zaak.open() ? null : zaak.einde(moment);
            for (Stap handeling : handelingenVanVeiligThuis(dossier, zaak, einde)) {
                LocalDate dag = Moment.datum(handeling.tijdstip());
                LocalDate uiterlijk = dag.plusDays(BINNEN_DAGEN);
                Optional<Stap> overleg = zaak.overleggen.stream()
                        .filter(stap -> stap.datum("op") != null && !stap.datum("op").isBefore(dag)
                                && !stap.datum("op").isAfter(uiterlijk))
                        .filter(Samenwerkingstoets::verdeeltTaken)
                        .findFirst();
                String wat = handeling.type() + " op " + dag;
                if (overleg.isPresent()) {
                    bevindingen.voldaan(wat + " tijdens de lopende zaak: taken verdeeld op "
                            + overleg.get().datum("op"), handeling, overleg.get());
                } else if (einde != null && !Moment.datum(einde).isAfter(uiterlijk)) {
                    continue;
                } else if (moment.datum().isAfter(uiterlijk)) {
                    bevindingen.tekort(wat + " tijdens de lopende zaak zonder vastgelegde taakverdeling binnen "
                            + BINNEN_DAGEN + " dagen", handeling, zaak.geaccepteerd);
                } else {
                    bevindingen.lopend(wat + " tijdens de lopende zaak; taakverdeling uiterlijk " + uiterlijk,
                            handeling);
                }
            }
        }
        return bevindingen.toetsing("Veilig Thuis handelde niet tijdens een lopende zaak");
    }

    /**
     * The further handovers that joined the zaak in treatment and stayed with it, and the onderzoeken Veilig Thuis
     * started while it was in treatment.
     */
    private static List<Stap> handelingenVanVeiligThuis(Gezinsdossier dossier, Zaak zaak, Instant einde) {
        Instant van = zaak.geaccepteerd.tijdstip();
        List<Stap> handelingen = new ArrayList<>();
        for (Stap gevoegd : zaak.gevoegd) {
            if (!gevoegd.tijdstip().isBefore(van) && zaak.overdrachtIds.contains(gevoegd.tekst("overdrachtId"))) {
                handelingen.add(gevoegd);
            }
        }
        for (Stap onderzoek : dossier.onderzoekenGestart) {
            if (onderzoek.tijdstip().isAfter(van) && (einde == null || onderzoek.tijdstip().isBefore(einde))) {
                handelingen.add(onderzoek);
            }
        }
        return handelingen;
    }

    private static boolean verdeeltTaken(Stap overleg) {
        boolean veiligThuis = false;
        for (JsonNode deelnemer : overleg.feit("deelnemers")) {
            veiligThuis |= "VEILIG_THUIS".equals(deelnemer.asString(""));
        }
        return veiligThuis && overleg.feit("taken").size() > 0;
    }
}
