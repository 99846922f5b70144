package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.metrics.Meetreeksen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 14 as Prometheus gauges per {@code gemeente} and {@code team} ({@code geen}: not accepted yet),
 * recomputed on a fixed delay: {@code keten_wijkteam_zaken_open}, {@code keten_wijkteam_signalen_open} per
 * {@code signaal}, {@code keten_wijkteam_termijnen} per {@code termijn} and {@code uitkomst}, and
 * {@code keten_wijkteam_veiligheidsinschattingen} per {@code instrument}, over the open zaken. Never per
 * casusregisseur: a name is personal data, and a metric's labels are seen by anyone who reads the monitoring (the
 * teamleider reads them per casusregisseur on {@code GET /api/v1/stuurinformatie}). Every instance reports the same
 * values from the shared database: aggregate across instances with {@code max}.
 */
@Component
class StuurinformatieMetrics {

    static final String GEEN_TEAM = "geen";
    private static final Logger LOG = LoggerFactory.getLogger(StuurinformatieMetrics.class);

    private final StuurinformatieLezer lezer;
    private final Meetreeksen zaken;
    private final Meetreeksen signalen;
    private final Meetreeksen termijnen;
    private final Meetreeksen instrumenten;

    StuurinformatieMetrics(MeterRegistry registry, StuurinformatieLezer lezer) {
        this.lezer = lezer;
        this.zaken = new Meetreeksen(registry, "keten.wijkteam.zaken.open",
                "Issue 14 punt 14: open zaken per gemeente en team", 0.0);
        this.signalen = new Meetreeksen(registry, "keten.wijkteam.signalen.open",
                "Issue 14 punt 14: open zaken met dit signaal, per gemeente en team", 0.0);
        this.termijnen = new Meetreeksen(registry, "keten.wijkteam.termijnen",
                "Issue 14 punt 14: termijnen van de open zaken (procesbespreking R12, evaluatie veiligheidsplan R13), "
                        + "gehaald of niet, per gemeente en team", 0.0);
        this.instrumenten = new Meetreeksen(registry, "keten.wijkteam.veiligheidsinschattingen",
                "Issue 14 punt 14: veiligheidsinschattingen in de open zaken per instrument (R11), per gemeente en team",
                0.0);
    }

    @Scheduled(initialDelayString = "${keten.stuurinformatie.metrics.eerste-verversing:PT5S}",
            fixedDelayString = "${keten.stuurinformatie.metrics.verversing:PT1M}")
    void ververs() {
        Map<Tags, Double> open = new HashMap<>();
        Map<Tags, Double> metSignaal = new HashMap<>();
        Map<Tags, Double> perTermijn = new HashMap<>();
        Map<Tags, Double> perInstrument = new HashMap<>();
        for (String gemeente : lezer.gemeenten()) {
            List<Stuurinformatie.PerTeam> teams;
            try {
                teams = lezer.perTeam(gemeente);
            } catch (RuntimeException e) {
                // one gemeente that cannot be read leaves the others' figures current
                LOG.warn("Stuurinformatie van gemeente {} niet ververst: {}", gemeente, e.getClass().getSimpleName());
                continue;
            }
            for (Stuurinformatie.PerTeam team : teams) {
                Tags tags = Tags.of("gemeente", gemeente, "team", team.team() == null ? GEEN_TEAM : team.team());
                Cijfers cijfers = team.cijfers();
                open.put(tags, (double) cijfers.openZaken());
                cijfers.signalen().forEach((signaal, aantal) ->
                        metSignaal.put(tags.and("signaal", signaal.name()), aantal.doubleValue()));
                cijfers.instrumenten().forEach((instrument, aantal) ->
                        perInstrument.put(tags.and("instrument", instrument.name()), aantal.doubleValue()));
                Cijfers.Termijnen t = cijfers.termijnen();
                termijn(perTermijn, tags, "procesbespreking", "op_tijd", t.procesbesprekingOpTijd());
                termijn(perTermijn, tags, "procesbespreking", "te_laat", t.procesbesprekingTeLaat());
                termijn(perTermijn, tags, "procesbespreking", "verstreken", t.procesbesprekingVerstreken());
                termijn(perTermijn, tags, "evaluatie_veiligheidsplan", "op_tijd", t.evaluatiesOpTijd());
                termijn(perTermijn, tags, "evaluatie_veiligheidsplan", "te_laat", t.evaluatiesTeLaat());
                termijn(perTermijn, tags, "evaluatie_veiligheidsplan", "gemist", t.evaluatiesGemist());
            }
        }
        zaken.zet(open);
        signalen.zet(metSignaal);
        termijnen.zet(perTermijn);
        instrumenten.zet(perInstrument);
    }

    private static void termijn(Map<Tags, Double> waarden, Tags tags, String termijn, String uitkomst, int aantal) {
        waarden.put(tags.and("termijn", termijn, "uitkomst", uitkomst), (double) aantal);
    }
}
