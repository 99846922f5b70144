package nl.veiligthuis.keten.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** ADR 0005, update: a read model per melding keeps a melding's events in order when its gezin changes. */
class EigenschapSequencingPolicyTest {

    record Geopend(String meldingId, String gezinId) {
    }

    record Gekoppeld(String meldingId, String vorigGezinId, String gezinId) {
    }

    record Afgerond(String meldingId, String gezinId) {
    }

    record ZonderMelding(String gezinId) {
    }

    private final EigenschapSequencingPolicy perMelding = EigenschapSequencingPolicy.per("meldingId");
    private final GezinSequencingPolicy perGezin = new GezinSequencingPolicy();

    @Test
    void aMeldingsEventsBeforeAndAfterAKoppelingShareOneKeyWhileKeyedByGezinTheyWouldNot() {
        EventMessage<?> geopend = event("m-1", new Geopend("m-1", "gezin-a"));
        EventMessage<?> gekoppeld = event("m-1", new Gekoppeld("m-1", "gezin-a", "gezin-b"));
        EventMessage<?> afgerond = event("m-1", new Afgerond("m-1", "gezin-b"));

        assertThat(perMelding.getSequenceIdentifierFor(geopend))
                .isEqualTo(perMelding.getSequenceIdentifierFor(gekoppeld))
                .isEqualTo(perMelding.getSequenceIdentifierFor(afgerond))
                .isEqualTo("meldingId:m-1");
        // the defect a replay of triage-overzicht found: keyed by gezin, the later event could overtake the first
        assertThat(perGezin.getSequenceIdentifierFor(afgerond)).isNotEqualTo(perGezin.getSequenceIdentifierFor(geopend));
    }

    @Test
    void keyedByGezinAMoveIsHandledInTheOrderOfTheGezinItLeaves() {
        GenericDomainEventMessage<Gekoppeld> gekoppeld =
                new GenericDomainEventMessage<>("Test", "m-1", 1, new Gekoppeld("m-1", "gezin-a", "gezin-b"));
        assertThat(perGezin.getSequenceIdentifierFor(gekoppeld)).isEqualTo("gezin:gezin-a");
        assertThat(perGezin.getSequenceIdentifierFor(event("m-1", new Afgerond("m-1", "gezin-b"))))
                .isEqualTo("gezin:gezin-b");
    }

    @Test
    void anEventWithoutThePropertyIsKeptInOrderPerAggregate() {
        assertThat(perMelding.getSequenceIdentifierFor(event("aggregaat-7", new ZonderMelding("gezin-a"))))
                .isEqualTo("aggregaat-7");
    }

    private static EventMessage<?> event(String aggregaat, Object payload) {
        return new GenericDomainEventMessage<>("Test", aggregaat, 0, payload);
    }
}
