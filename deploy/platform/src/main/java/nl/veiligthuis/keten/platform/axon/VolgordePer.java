package nl.veiligthuis.keten.platform.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a projection ({@code @ProcessingGroup}): its group handles events in order per value of this payload property
 * instead of per gezin (ADR 0005, update). For a read model with one row per melding whose events may name different
 * gezinnen: a melding koppeled to another gezin carries the new gezin in its later events, so keyed by gezin they could
 * be handled before the melding's first event in another segment (a replay found it); keyed by {@code meldingId} they
 * stay in order. Events without the property are kept in order per aggregate.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface VolgordePer {

    /** The record component of the event payloads that keys the order, e.g. {@code meldingId}. */
    String value();
}
