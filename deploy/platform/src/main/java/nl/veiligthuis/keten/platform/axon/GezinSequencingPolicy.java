package nl.veiligthuis.keten.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Keys an event to its gezin, so that the segments of a processor (on one instance or several) handle one gezin's
 * events in the order they were stored while different gezinnen run in parallel. Events without a gezin fall back to
 * their aggregate.
 * <p>
 * An event that moves its aggregate to another gezin (it carries {@code vorigGezinId}, e.g. {@code
 * MeldingAanGezinGekoppeld}) is keyed to the gezin it leaves: it is then handled after every earlier event of the
 * aggregate, which all carried that gezin, so a handler that updates the aggregate's row always finds it.
 */
public final class GezinSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private final EigenschapSequencingPolicy perGezin =
            new EigenschapSequencingPolicy("gezin", "vorigGezinId", "gezinId");

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return perGezin.getSequenceIdentifierFor(event);
    }
}
