package nl.veiligthuis.keten.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One gauge name whose series are recomputed on a schedule. Each series is registered once and only its value
 * changes: re-registering rows (MultiGauge with overwrite) while Prometheus scrapes can expose one series twice and
 * fail the scrape (Micrometer issue 6851). A series no longer computed shows {@code zonder} (0, or NaN).
 */
public final class Meetreeksen {

    private final MeterRegistry registry;
    private final String naam;
    private final String omschrijving;
    private final double zonder;
    private final Map<Tags, AtomicReference<Double>> reeksen = new ConcurrentHashMap<>();

    public Meetreeksen(MeterRegistry registry, String naam, String omschrijving, double zonder) {
        this.registry = registry;
        this.naam = naam;
        this.omschrijving = omschrijving;
        this.zonder = zonder;
    }

    public void zet(Map<Tags, Double> waarden) {
        waarden.forEach((tags, waarde) -> reeksen.computeIfAbsent(tags, nieuw -> {
            var houder = new AtomicReference<>(waarde);
            Gauge.builder(naam, houder, AtomicReference::get).description(omschrijving).tags(nieuw)
                    .strongReference(true)
                    .register(registry);
            return houder;
        }).set(waarde));
        reeksen.forEach((tags, houder) -> {
            if (!waarden.containsKey(tags)) {
                houder.set(zonder);
            }
        });
    }
}
