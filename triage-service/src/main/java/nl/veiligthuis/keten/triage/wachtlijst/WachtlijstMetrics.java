package nl.veiligthuis.keten.triage.wachtlijst;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.veiligthuis.keten.platform.metrics.Meetreeksen;
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
 * <p>Each series is registered once and only its value changes ({@link Meetreeksen}).
 */
@Component
class WachtlijstMetrics {

    static final String ZAKEN = "veilig.thuis.wachtlijst.zaken";
    static final String ZAKEN_ZONDER_MUTATIES = "veilig.thuis.wachtlijst.zaken.zonder.mutaties";
    static final String NORM_AANDEEL = "veilig.thuis.norm.aandeel";
    static final String TRIAGE_NORM = "triage_binnen_vijf_werkdagen";
    static final String ONDERZOEK_NORM = "onderzoek_binnen_tien_weken";

    private final WachtlijstMaatstaven maatstaven;
    private final WachtlijstNormen normen;
    private final Clock klok;
    private final Meetreeksen zaken;
    private final Meetreeksen zakenZonderMutaties;
    private final Meetreeksen normAandeel;

    WachtlijstMetrics(MeterRegistry registry, WachtlijstMaatstaven maatstaven, WachtlijstNormen normen, Clock klok) {
        this.maatstaven = maatstaven;
        this.normen = normen;
        this.klok = klok;
        this.zaken = new Meetreeksen(registry, ZAKEN,
                "R5: zaken per VT-regio op een wachtlijst van de inspecties, per maatstaf", 0.0);
        this.zakenZonderMutaties = new Meetreeksen(registry, ZAKEN_ZONDER_MUTATIES, "R5: zaken per VT-regio op een "
                + "wachtlijst van de inspecties, per maatstaf, zonder de mutaties huiselijk geweld van de politie", 0.0);
        this.normAandeel = new Meetreeksen(registry, NORM_AANDEEL,
                "R5: aandeel binnen de termijn over de afgelopen 365 dagen, per VT-regio en norm", Double.NaN);
    }

    @Scheduled(initialDelayString = "${keten.wachtlijst.metrics.eerste-verversing:PT5S}",
            fixedDelayString = "${keten.wachtlijst.metrics.verversing:PT1M}")
    void ververs() {
        var nu = klok.instant();
        zaken.zet(zaakWaarden(nu, false));
        zakenZonderMutaties.zet(zaakWaarden(nu, true));

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
        normAandeel.zet(normWaarden);
    }

    private Map<Tags, Double> zaakWaarden(Instant nu, boolean zonderMutaties) {
        Map<Tags, Double> waarden = new HashMap<>();
        maatstaven.perRegio(nu, null, zonderMutaties).forEach((regio, perRegio) -> perRegio.perMaatstaf()
                .forEach((maatstaf, aantal) ->
                        waarden.put(Tags.of("regio", regio, "maatstaf", maatstaf.label()), aantal.doubleValue())));
        return waarden;
    }
}
