package nl.veiligthuis.keten.wijkteam.samenwerking;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Issue 14 point 11, the part of a Zaak that records the consultations of Veilig Thuis and the wijkteam (001 Bijlage
 * 1), so it is navolgbaar who does what (R10: the regie stays with the casusregisseur; the tasks say who does the
 * rest). A consultation has Veilig Thuis and the wijkteam at the table; each task is for a party that was.
 */
public class Samenwerking {

    static final String REGEL = "R10";

    private final ZaakGegevens zaak;
    private final Set<String> overleggen = new HashSet<>();

    public Samenwerking(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    @CommandHandler
    void handle(LegOverlegVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een overleg vastleggen");
        if (overleggen.contains(command.overlegId())) {
            throw DomeinregelDetails.weigering(REGEL, "overleg " + command.overlegId() + " is al vastgelegd");
        }
        zaak.vereisDagInBehandeling(REGEL, "een overleg", command.op(),
                LocalDate.ofInstant(klok.instant(), NEDERLAND));
        Set<Overlegpartij> deelnemers = new LinkedHashSet<>(command.deelnemers());
        if (!deelnemers.contains(Overlegpartij.VEILIG_THUIS) || !deelnemers.contains(Overlegpartij.WIJKTEAM)) {
            throw DomeinregelDetails.weigering(REGEL, "deelnemers: een overleg van Veilig Thuis en het wijkteam heeft "
                    + "beide aan tafel");
        }
        List<Taak> taken = new ArrayList<>();
        for (Taak taak : command.taken()) {
            if (!deelnemers.contains(taak.door())) {
                throw DomeinregelDetails.weigering(REGEL, "taken: " + taak.door() + " zat niet aan tafel en krijgt "
                        + "geen taak");
            }
            String omschrijving = tekst(taak.omschrijving());
            if (omschrijving == null) {
                throw DomeinregelDetails.weigering(REGEL, "taken: elke taak zegt wat er gebeurt");
            }
            taken.add(new Taak(omschrijving, taak.door(), taak.uiterlijk()));
        }
        String conclusie = tekst(command.conclusie());
        if (conclusie == null) {
            throw DomeinregelDetails.weigering(REGEL, "conclusie: leg vast wat het overleg opleverde");
        }
        apply(new OverlegVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.overlegId(),
                command.soort(), command.op(), List.copyOf(deelnemers), conclusie, taken, command.medewerker(),
                klok.instant()));
    }

    @EventSourcingHandler
    void on(OverlegVastgelegd event) {
        overleggen.add(event.overlegId());
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
