package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 11 (001 Bijlage 1: gezamenlijke reflectie en overleg; 001: "niet navolgbaar wie wat doet"): when
 * Veilig Thuis acts while a zaak of the gezin is in treatment (a further handover joins the zaak, or Veilig Thuis
 * starts an onderzoek), Veilig Thuis and the wijkteam record within two weeks who does what: a consultation with both
 * at the table and at least one task.
 */
final class Samenwerkingstoets {

    static final Duration BINNEN = Duration.ofDays(14);

    private Samenwerkingstoets() {
    }

    static Toetsing taakverdeling(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.TAAKVERDELING_MET_VEILIG_THUIS);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.geaccepteerd == null) {
                continue;
            }
            for (Stap handeling : handelingenVanVeiligThuis(dossier, zaak)) {
                Instant uiterlijk = handeling.tijdstip().plus(BINNEN);
                Optional<Stap> overleg = zaak.overleggen.stream()
                        .filter(stap -> !stap.tijdstip().isBefore(handeling.tijdstip()))
                        .filter(stap -> !stap.tijdstip().isAfter(uiterlijk))
                        .filter(Samenwerkingstoets::verdeeltTaken)
                        .findFirst();
                String wat = handeling.type();
                if (overleg.isPresent()) {
                    bevindingen.voldaan(wat + " tijdens de lopende zaak: taken verdeeld op "
                            + overleg.get().tekst("op"), handeling, overleg.get());
                } else if (moment.voorbij(uiterlijk)) {
                    bevindingen.tekort(wat + " tijdens de lopende zaak zonder vastgelegde taakverdeling binnen "
                            + BINNEN.toDays() + " dagen", handeling, zaak.geaccepteerd);
                } else {
                    bevindingen.lopend(wat + " tijdens de lopende zaak; taakverdeling uiterlijk "
                            + Moment.datum(uiterlijk), handeling);
                }
            }
        }
        return bevindingen.toetsing("Veilig Thuis handelde niet tijdens een lopende zaak");
    }

    /** The further handovers that joined the zaak, and the onderzoeken started while it was in treatment. */
    private static List<Stap> handelingenVanVeiligThuis(Gezinsdossier dossier, Zaak zaak) {
        List<Stap> handelingen = new ArrayList<>(zaak.gevoegd);
        Instant van = zaak.geaccepteerd.tijdstip();
        Instant tot = zaak.afgesloten != null ? zaak.afgesloten.tijdstip()
                : zaak.teruggemeld != null ? zaak.teruggemeld.tijdstip() : null;
        for (Stap onderzoek : dossier.onderzoekenGestart) {
            if (onderzoek.tijdstip().isAfter(van) && (tot == null || onderzoek.tijdstip().isBefore(tot))) {
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
