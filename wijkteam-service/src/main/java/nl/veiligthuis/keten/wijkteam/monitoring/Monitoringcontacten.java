package nl.veiligthuis.keten.wijkteam.monitoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * R14, the part of a Zaak that holds the contacts of VT monitoring and the team's answers. A contact is received in
 * any status of the zaak: Veilig Thuis monitors the gezin, also before acceptance or after a terugmelding, and the
 * team answers on the goals it worked on. Each contact is answered once.
 */
public class Monitoringcontacten {

    private final ZaakGegevens zaak;
    private final Map<String, Contact> contacten = new HashMap<>();

    public Monitoringcontacten(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    /** Idempotent: a contact the zaak already has is not received again. */
    @CommandHandler
    void handle(OntvangMonitoringcontact command, Clock klok) {
        if (contacten.containsKey(command.contactId())) {
            return;
        }
        apply(new MonitoringcontactOntvangen(zaak.zaakId(), zaak.gezinId(), command.monitoringId(),
                command.contactId(), command.contactOp(), command.aantalDoelenBesproken(), klok.instant()));
    }

    /** Answers when the answer was recorded. */
    @CommandHandler
    Instant handle(BeantwoordMonitoringcontact command, Clock klok) {
        Contact contact = contacten.get(command.contactId());
        if (contact == null) {
            throw DomeinregelDetails.weigering("R14", "monitoringcontact " + command.contactId()
                    + " is niet bekend bij zaak " + zaak.zaakId());
        }
        if (contact.beantwoord()) {
            throw DomeinregelDetails.weigering("R14", "monitoringcontact " + command.contactId()
                    + " is al beantwoord");
        }
        List<StandVanDoel> doelen = command.doelen() == null ? List.of() : List.copyOf(command.doelen());
        if (doelen.isEmpty()) {
            throw DomeinregelDetails.weigering("R14", "een antwoord op monitoring geeft de stand van ten minste één "
                    + "afgesproken doel");
        }
        Instant nu = klok.instant();
        String toelichting = command.toelichting() == null || command.toelichting().isBlank()
                ? null : command.toelichting().strip();
        apply(new MonitoringcontactBeantwoord(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), contact.monitoringId(),
                command.contactId(), doelen, toelichting, command.medewerker(), nu));
        return nu;
    }

    @EventSourcingHandler
    void on(MonitoringcontactOntvangen event) {
        contacten.put(event.contactId(), new Contact(event.monitoringId(), false));
    }

    @EventSourcingHandler
    void on(MonitoringcontactBeantwoord event) {
        contacten.put(event.contactId(), new Contact(event.monitoringId(), true));
    }

    private record Contact(String monitoringId, boolean beantwoord) {
    }
}
