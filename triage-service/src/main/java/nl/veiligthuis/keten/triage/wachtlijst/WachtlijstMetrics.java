package nl.veiligthuis.keten.triage.wachtlijst;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R5 as Prometheus gauges, recomputed from the projection on a fixed delay: {@code veilig_thuis_wachtlijst_zaken}
 * per {@code regio} and {@code maatstaf}, and {@code veilig_thuis_norm_aandeel} per {@code regio} and {@code norm}
 * (only where the period judged any case). Every instance reports the same values from the shared database, so
 * aggregate across instances with {@code max}, not {@code sum}.
 */
@Component
class WachtlijstMetrics {

    static final String ZAKEN = "veilig.thuis.wachtlijst.zaken";
    static final String NORM_AANDEEL = "veilig.thuis.norm.aandeel";
    static final String TRIAGE_NORM = "triage_binnen_vijf_werkdagen";
    static final String ONDERZOEK_NORM = "onderzoek_binnen_tien_weken";

    private final WachtlijstMaatstaven maatstaven;
    private final WachtlijstNormen normen;
    private final Clock klok;
    private final MultiGauge zaken;
    private final MultiGauge normAandeel;

    WachtlijstMetrics(MeterRegistry registry, WachtlijstMaatstaven maatstaven, WachtlijstNormen normen, Clock klok) {
        this.maatstaven = maatstaven;
        this.normen = normen;
        this.klok = klok;
        this.zaken = MultiGauge.builder(ZAKEN)
                .description("R5: zaken per VT-regio op een wachtlijst van de inspecties, per maatstaf")
                .register(registry);
        this.normAandeel = MultiGauge.builder(NORM_AANDEEL)
                .description("R5: aandeel binnen de termijn over de afgelopen 365 dagen, per VT-regio en norm")
                .register(registry);
    }

    @Scheduled(initialDelayString = "${keten.wachtlijst.metrics.eerste-verversing:PT5S}",
            fixedDelayString = "${keten.wachtlijst.metrics.verversing:PT1M}")
    void ververs() {
        var nu = klok.instant();
        List<Row<?>> zaakRijen = new ArrayList<>();
        maatstaven.perRegio(nu, null).forEach((regio, waarden) -> waarden.perMaatstaf().forEach((maatstaf, aantal) ->
                zaakRijen.add(Row.of(Tags.of("regio", regio, "maatstaf", maatstaf.label()), aantal))));
        zaken.register(zaakRijen, true);

        List<Row<?>> normRijen = new ArrayList<>();
        normen.perRegio(nu, null).forEach((regio, waarden) -> {
            for (var norm : Map.of(TRIAGE_NORM, waarden.triageBinnenVijfWerkdagen(),
                    ONDERZOEK_NORM, waarden.onderzoekBinnenTienWeken()).entrySet()) {
                if (norm.getValue().aandeel() != null) {
                    normRijen.add(Row.of(Tags.of("regio", regio, "norm", norm.getKey()), norm.getValue().aandeel()));
                }
            }
        });
        normAandeel.register(normRijen, true);
    }
}
