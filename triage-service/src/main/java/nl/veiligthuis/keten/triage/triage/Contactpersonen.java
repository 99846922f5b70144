package nl.veiligthuis.keten.triage.triage;

import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoek;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoeker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 5: whom the melder can call, read from the event store rather than a read model. melding-service asks
 * the moment a decision's event reached it over Kafka; a read model may not have seen that decision yet, and would then
 * name nobody or the previous round's triagist. The melding's own stream holds a handful of events.
 */
@Component
class Contactpersonen {

    private final EventStore eventStore;

    Contactpersonen(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** After an onderzoek its onderzoeker, else the triagist of the latest decision; empty while nobody is known. */
    Optional<Contactpersoon> voor(String meldingId, boolean naOnderzoek) {
        List<Object> triage = payloads(meldingId);
        String regio = triage.stream().filter(TriageGeopend.class::isInstance).map(TriageGeopend.class::cast)
                .map(TriageGeopend::regio).findFirst().orElse(null);
        List<TriageAfgerond> besluiten = triage.stream().filter(TriageAfgerond.class::isInstance)
                .map(TriageAfgerond.class::cast).toList();
        if (naOnderzoek) {
            for (int i = besluiten.size() - 1; i >= 0; i--) {
                if (besluiten.get(i).uitkomst() == Uitkomst.ONDERZOEK) {
                    Optional<Onderzoeker> onderzoeker = onderzoeker(Onderzoek.idVoor(meldingId, besluiten.get(i).ronde()));
                    if (onderzoeker.isPresent()) {
                        return Optional.of(new Contactpersoon(meldingId, Contactpersoon.Rol.ONDERZOEKER,
                                onderzoeker.get().naam(), onderzoeker.get().telefoon(), regio));
                    }
                }
            }
        }
        if (besluiten.isEmpty()) {
            return Optional.empty();
        }
        Triagist triagist = besluiten.get(besluiten.size() - 1).triagist();
        return bekend(triagist == null ? null : triagist.naam())
                ? Optional.of(new Contactpersoon(meldingId, Contactpersoon.Rol.TRIAGIST, triagist.naam(),
                        triagist.telefoon(), regio))
                : Optional.empty();
    }

    private Optional<Onderzoeker> onderzoeker(String onderzoekId) {
        return payloads(onderzoekId).stream().filter(OnderzoekGestart.class::isInstance)
                .map(OnderzoekGestart.class::cast).map(OnderzoekGestart::onderzoeker)
                .filter(onderzoeker -> onderzoeker != null && bekend(onderzoeker.naam()))
                .reduce((eerder, later) -> later);
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0L).asStream().<Object>map(EventMessage::getPayload).toList();
    }

    /** An erased gezin (R21) has no one to name; an onderzoek from before the onderzoeker was recorded neither. */
    private static boolean bekend(String naam) {
        return naam != null && !naam.isBlank() && !Ontsleuteling.GEWIST.equals(naam);
    }
}
