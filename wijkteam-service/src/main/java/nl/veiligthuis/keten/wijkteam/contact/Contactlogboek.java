package nl.veiligthuis.keten.wijkteam.contact;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Issue 14 point 6, the part of a Zaak that holds its contact log and the agreed contact frequency. The log makes
 * zicht op veiligheid navolgbaar (R19): each contact says when, with whom and what it showed. A contact is logged
 * only while the zaak is in treatment, for a day from its acceptance up to today.
 */
public class Contactlogboek {

    static final String REGEL = "R19";
    static final String REGEL_FREQUENTIE = "R13";
    public static final int HOOGSTE_FREQUENTIE = 92;

    private final ZaakGegevens zaak;
    private final Set<String> contacten = new HashSet<>();
    private Integer frequentie;

    public Contactlogboek(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    @CommandHandler
    void handle(LegContactVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een contact vastleggen");
        if (contacten.contains(command.contactId())) {
            throw DomeinregelDetails.weigering(REGEL, "contact " + command.contactId() + " is al vastgelegd");
        }
        zaak.vereisDagInBehandeling(REGEL, "een contact", command.op(),
                LocalDate.ofInstant(klok.instant(), NEDERLAND));
        Set<String> gezien = new LinkedHashSet<>(command.gezien() == null ? List.of() : command.gezien());
        Set<String> onbekend = new LinkedHashSet<>(gezien);
        onbekend.removeAll(zaak.gezinsleden());
        if (!onbekend.isEmpty()) {
            throw DomeinregelDetails.weigering(REGEL, "gezien: " + String.join(", ", onbekend) + " is geen "
                    + "geregistreerd gezinslid van zaak " + zaak.zaakId());
        }
        String bevinding = tekst(command.bevinding());
        if (bevinding == null) {
            throw DomeinregelDetails.weigering(REGEL, "leg vast wat het contact liet zien over de veiligheid");
        }
        apply(new ContactVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.contactId(),
                command.soort(), command.op(), List.copyOf(gezien), tekst(command.met()), command.beeld(), bevinding,
                command.medewerker(), klok.instant()));
    }

    /** Agreeing the frequency in force again changes nothing. */
    @CommandHandler
    void handle(SpreekContactfrequentieAf command, Clock klok) {
        zaak.vereisInBehandeling(REGEL_FREQUENTIE, "een contactfrequentie afspreken");
        if (command.dagen() < 1 || command.dagen() > HOOGSTE_FREQUENTIE) {
            throw DomeinregelDetails.weigering(REGEL_FREQUENTIE, "een contactfrequentie is 1 tot en met "
                    + HOOGSTE_FREQUENTIE + " dagen");
        }
        if (frequentie != null && frequentie == command.dagen()) {
            return;
        }
        apply(new ContactfrequentieAfgesproken(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.dagen(),
                tekst(command.reden()), command.medewerker(), klok.instant()));
    }

    @EventSourcingHandler
    void on(ContactVastgelegd event) {
        contacten.add(event.contactId());
    }

    @EventSourcingHandler
    void on(ContactfrequentieAfgesproken event) {
        frequentie = event.dagen();
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
