package nl.veiligthuis.keten.monitoring.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.veiligthuis.keten.platform.metrics.Meetreeksen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * R14, issue 14 point 8 as a metric: per Veilig Thuis regio the items on its monitoring worklist,
 * {@code keten_monitoring_werkvoorraad{regio, soort}} with soort {@code verlopen} (lapsed without a first contact) or
 * {@code onbeantwoord} (a contact the wijkteam left unanswered beyond the answer term), and {@code niet_opgepakt}: of
 * both, those no medewerker took on yet (issue 14 point 8: "so a lapse reaches a person"), as
 * {@link MonitoringwerkvoorraadLezer} lists them: so operations see a lapse that waits for a person. A regio is the
 * Veilig Thuis involved by a melding (R18), one spelling each. Every instance reports the same values from the shared
 * database: aggregate with {@code max}.
 */
@Component
class MonitoringwerkvoorraadMetrics {

    private static final String PER_REGIO = """
            FROM (SELECT lower(organisatie) AS sleutel, min(organisatie) AS regio FROM ketenbetrokkenheid
                  WHERE grond = 'MELDING' GROUP BY lower(organisatie)) r
            JOIN ketenbetrokkenheid k ON lower(k.organisatie) = r.sleutel AND k.grond = 'MELDING'
            """;

    private final JdbcClient jdbc;
    private final Clock klok;
    private final Duration antwoordtermijn;
    private final Meetreeksen werkvoorraad;

    MonitoringwerkvoorraadMetrics(MeterRegistry registry, JdbcClient jdbc, Clock klok,
                                  @Value("${keten.monitoring.antwoordtermijn:P14D}") Duration antwoordtermijn) {
        this.jdbc = jdbc;
        this.klok = klok;
        this.antwoordtermijn = antwoordtermijn;
        this.werkvoorraad = new Meetreeksen(registry, "keten.monitoring.werkvoorraad",
                "R14, issue 14 punt 8: verlopen monitoring en onbeantwoorde contacten op de werkvoorraad van een regio",
                0.0);
    }

    @Scheduled(initialDelayString = "${keten.monitoring.werkvoorraad.metrics.eerste-verversing:PT5S}",
            fixedDelayString = "${keten.monitoring.werkvoorraad.metrics.verversing:PT1M}")
    void ververs() {
        Map<Tags, Double> waarden = new HashMap<>();
        jdbc.sql("SELECT r.regio, count(DISTINCT m.monitoring_id) AS aantal " + PER_REGIO
                        + "JOIN monitoring_overzicht m ON m.gezin_id = k.gezin_id "
                        + "WHERE m.status = 'VERLOPEN' AND m.eerste_contact_op IS NULL GROUP BY r.regio")
                .query((rs, rij) -> telling(waarden, rs.getString("regio"), "verlopen", rs.getDouble("aantal")))
                .list();
        jdbc.sql("SELECT r.regio, count(DISTINCT c.contact_id) AS aantal " + PER_REGIO
                        + "JOIN monitoring_overzicht m ON m.gezin_id = k.gezin_id "
                        + "JOIN monitoring_contact c ON c.monitoring_id = m.monitoring_id "
                        + "WHERE c.wijkteam_beantwoord_op IS NULL AND c.contact_op < ? GROUP BY r.regio")
                .param(Timestamp.from(klok.instant().minus(antwoordtermijn)))
                .query((rs, rij) -> telling(waarden, rs.getString("regio"), "onbeantwoord", rs.getDouble("aantal")))
                .list();
        // issue 14 point 8: of those, the items nobody took on yet
        jdbc.sql("SELECT r.regio, count(DISTINCT m.monitoring_id) AS aantal " + PER_REGIO
                        + "JOIN monitoring_overzicht m ON m.gezin_id = k.gezin_id WHERE m.status = 'VERLOPEN' "
                        + "AND m.eerste_contact_op IS NULL AND m.opgepakt_op IS NULL GROUP BY r.regio")
                .query((rs, rij) -> waarden.merge(Tags.of("regio", rs.getString("regio"), "soort", "niet_opgepakt"),
                        rs.getDouble("aantal"), Double::sum))
                .list();
        jdbc.sql("SELECT r.regio, count(DISTINCT c.contact_id) AS aantal " + PER_REGIO
                        + "JOIN monitoring_overzicht m ON m.gezin_id = k.gezin_id "
                        + "JOIN monitoring_contact c ON c.monitoring_id = m.monitoring_id "
                        + "WHERE c.wijkteam_beantwoord_op IS NULL AND c.contact_op < ? AND c.opgepakt_op IS NULL "
                        + "GROUP BY r.regio")
                .param(Timestamp.from(klok.instant().minus(antwoordtermijn)))
                .query((rs, rij) -> waarden.merge(Tags.of("regio", rs.getString("regio"), "soort", "niet_opgepakt"),
                        rs.getDouble("aantal"), Double::sum))
                .list();
        werkvoorraad.zet(waarden);
    }

    /** A regio with items on its list also reports niet_opgepakt, 0 when all were taken on. */
    private static String telling(Map<Tags, Double> waarden, String regio, String soort, double aantal) {
        waarden.put(Tags.of("regio", regio, "soort", soort), aantal);
        waarden.putIfAbsent(Tags.of("regio", regio, "soort", "niet_opgepakt"), 0.0);
        return regio;
    }
}
