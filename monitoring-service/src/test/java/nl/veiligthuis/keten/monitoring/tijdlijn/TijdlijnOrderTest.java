package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TijdlijnOrderTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void ordersByTijdstip() {
        var a = entry("a", 0, null);
        var b = entry("b", 10, null);
        var c = entry("c", 20, null);
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(c, a, b)))).containsExactly("a", "b", "c");
    }

    @Test
    void aConsequenceFollowsItsCauseEvenWhenItsClockIsBehind() {
        // R19: clocks of services differ; what was caused by an event is never shown before it
        var oorzaak = entry("oorzaak", 60, null);
        var gevolg = entry("gevolg", 0, "oorzaak");
        var los = entry("los", 30, null);
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(gevolg, los, oorzaak))))
                .containsExactly("los", "oorzaak", "gevolg");
    }

    @Test
    void aChainOfCausesStaysInOrder() {
        var a = entry("a", 50, null);
        var b = entry("b", 40, "a");
        var c = entry("c", 30, "b");
        var d = entry("d", 45, null);
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(c, b, a, d)))).containsExactly("d", "a", "b", "c");
    }

    @Test
    void equalTijdstippenKeepTheOrderOfReceipt() {
        var eerst = entry("eerst", 0, null);
        var daarna = entry("daarna", 0, null);
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(eerst, daarna)))).containsExactly("eerst", "daarna");
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(daarna, eerst)))).containsExactly("daarna", "eerst");
    }

    @Test
    void aCauseOutsideTheTimelineIsIgnored() {
        var a = entry("a", 10, "elders");
        var b = entry("b", 0, null);
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(a, b)))).containsExactly("b", "a");
    }

    @Test
    void aCausationCycleDoesNotLoseEntries() {
        var a = entry("a", 0, "b");
        var b = entry("b", 10, "a");
        assertThat(ids(TijdlijnVolgorde.causaal(List.of(a, b)))).containsExactly("a", "b");
        assertThat(TijdlijnVolgorde.causaal(List.of())).isEmpty();
    }

    private static TijdlijnGebeurtenis entry(String id, long seconden, String causationId) {
        return new TijdlijnGebeurtenis("Test", T.plusSeconds(seconden), "test-service", null, "test", id,
                "nl.veilig-thuis.keten.test.test.v1", null, causationId);
    }

    private static List<String> ids(List<TijdlijnGebeurtenis> gebeurtenissen) {
        return gebeurtenissen.stream().map(TijdlijnGebeurtenis::eventId).toList();
    }
}
