package nl.veiligthuis.keten.triage.wachtlijst;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R5 as Prometheus gauges, recomputed from the projection on a fixed delay: {@code veilig_thuis_wachtlijst_zaken}
 * per {@code regio} and {@code maatstaf}, the same without the police's mutaties huiselijk geweld as
 * {@code veilig_thuis_wachtlijst_zaken_zonder_mutaties} (issue 14 point 12, 002 §3.2), and
 * {@code veilig_thuis_norm_aandeel} per {@code regio} and {@code norm}
 * (NaN while the period judged no case). Every instance reports the same values from the shared database, so
 * aggregate across instances with {@code max}, not {@code sum}.
 *
 * <p>Each series is registered once and only its value changes: re-registering rows (MultiGauge with overwrite)
 * while Prometheus scrapes can expose one series twice and fail the scrape (Micrometer issue 6851).
 */
@Component
class WachtlijstMetrics {

    static final String ZAKEN = "veilig.thuis.wachtlijst.zaken";
    static final String ZAKEN_ZONDER_MUTATIES = "veilig.thuis.wachtlijst.zaken.zonder.mutaties";
    static final String NORM_AANDEEL = "veilig.thuis.norm.aandeel";
    static final String TRIAGE_NORM = "triage_binnen_vijf_werkdagen";
    static final String ONDERZOEK_NORM = "onderzoek_binnen_tien_weken";

    private final MeterRegistry registry;
    private final WachtlijstMaatstaven maatstaven;
    private final WachtlijstNormen normen;
    private final Clock klok;
    private final Map<Tags, AtomicReference<Double>> zaken = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicReference<Double>> zakenZonderMutaties = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicReference<Double>> normAandeel = new ConcurrentHashMap<>();

    WachtlijstMetrics(MeterRegistry registry, WachtlijstMaatstaven maatstaven, WachtlijstNormen normen, Clock klok) {
        this.registry = registry;
        this.maatstaven = maatstaven;
        this.normen = normen;
        this.klok = klok;
    }

    @Scheduled(initialDelayString = "${keten.wachtlijst.metrics.eerste-verversing:PT5S}",
            fixedDelayString = "${keten.wachtlijst.metrics.verversing:PT1M}")
    void ververs() {
        var nu = klok.instant();
        zet(ZAKEN, "R5: zaken per VT-regio op een wachtlijst van de inspecties, per maatstaf", zaken,
                zaakWaarden(nu, false), 0.0);
        zet(ZAKEN_ZONDER_MUTATIES, "R5: zaken per VT-regio op een wachtlijst van de inspecties, per maatstaf, zonder "
                + "de mutaties huiselijk geweld van de politie", zakenZonderMutaties, zaakWaarden(nu, true), 0.0);

        Map<Tags, Double> normWaarden = new HashMap<>();
        normen.perRegio(nu, null).forEach((regio, waarden) -> {
            for (var norm : Map.of(TRIAGE_NORM, waarden.triageBinnenVijfWerkdagen(),
                    ONDERZOEK_NORM, waarden.onderzoekBinnenTienWeken()).entrySet()) {
                if (norm.getValue().aandeel() != null) {
                    normWaarden.put(Tags.of("regio", regio, "norm", norm.getKey()),
                            norm.getValue().aandeel().doubleValue());
                }
            }
        });
        zet(NORM_AANDEEL, "R5: aandeel binnen de termijn over de afgelopen 365 dagen, per VT-regio en norm",
                normAandeel, normWaarden, Double.NaN);
    }

    private Map<Tags, Double> zaakWaarden(Instant nu, boolean zonderMutaties) {
        Map<Tags, Double> waarden = new HashMap<>();
        maatstaven.perRegio(nu, null, zonderMutaties).forEach((regio, perRegio) -> perRegio.perMaatstaf()
                .forEach((maatstaf, aantal) ->
                        waarden.put(Tags.of("regio", regio, "maatstaf", maatstaf.label()), aantal.doubleValue())));
        return waarden;
    }

    /** New series are registered once; a series no longer computed shows {@code zonder} (0 cases, or NaN). */
    private void zet(String naam, String omschrijving, Map<Tags, AtomicReference<Double>> reeksen,
                     Map<Tags, Double> waarden, double zonder) {
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
