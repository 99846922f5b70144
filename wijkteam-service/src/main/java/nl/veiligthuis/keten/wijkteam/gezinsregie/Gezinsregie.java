package nl.veiligthuis.keten.wijkteam.gezinsregie;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * R10, 1 Gezin 1 Plan 1 Regisseur: where each handover for one gezin goes. A handover joins the gezin's lopende zaak
 * in the gemeente it was handed over to; one to another gemeente (the gezin moved) opens a zaak there. Every handover of the gezin appends to
 * this aggregate's stream, so two handovers of one gezin arriving at once (other partitions, other instances) are
 * decided one after the other: the second sees the zaak the first opened and joins it. Whether a zaak is still
 * lopend is read from the zaak itself ({@link LopendeZaken}); a zaak that closes between this decision and the join
 * refuses the join, and the whole handover is retried.
 */
@Aggregate
public class Gezinsregie {

    @AggregateIdentifier
    private String gezinId;
    /** Per overdracht where it went last; a split replaces the join. */
    private final Map<String, OverdrachtToegewezen> toewijzingen = new LinkedHashMap<>();
    /** Every zaak the gezin's handovers went to, oldest first. */
    private final Set<String> zaken = new LinkedHashSet<>();

    protected Gezinsregie() {
    }

    /** Idempotent: a handover assigned before gets the same answer. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Toewijzing handle(WijsOverdrachtToe command, Clock klok, LopendeZaken lopendeZaken) {
        OverdrachtToegewezen eerder = toewijzingen.get(command.overdrachtId());
        if (eerder != null) {
            return new Toewijzing(eerder.zaakId(), eerder.bijLopendeZaak());
        }
        Set<String> kandidaten = new LinkedHashSet<>(lopendeZaken.buitenGezinsregie(command.gezinId()));
        kandidaten.addAll(zaken);
        Optional<String> lopend = kandidaten.stream()
                .filter(zaakId -> lopendeZaken.lopendIn(zaakId, command.gemeente())).findFirst();
        String zaakId = lopend.orElseGet(() -> OpenZaak.zaakIdVoor(command.overdrachtId()));
        apply(new OverdrachtToegewezen(command.gezinId(), command.overdrachtId(), command.meldingId(), zaakId,
                lopend.isPresent(), null, klok.instant()));
        return new Toewijzing(zaakId, lopend.isPresent());
    }

    @CommandHandler
    void handle(LegAfsplitsingVast command, Clock klok) {
        OverdrachtToegewezen gevoegd = toewijzingen.get(command.overdrachtId());
        if (gevoegd == null || !command.vanZaakId().equals(gevoegd.zaakId())) {
            throw DomeinregelDetails.weigering("R10", "overdracht " + command.overdrachtId() + " is niet bij zaak "
                    + command.vanZaakId() + " gevoegd");
        }
        apply(new OverdrachtToegewezen(gezinId, command.overdrachtId(), gevoegd.meldingId(), command.nieuweZaakId(),
                false, command.vanZaakId(), klok.instant()));
    }

    @EventSourcingHandler
    void on(OverdrachtToegewezen event) {
        this.gezinId = event.gezinId();
        toewijzingen.put(event.overdrachtId(), event);
        zaken.add(event.zaakId());
    }
}
