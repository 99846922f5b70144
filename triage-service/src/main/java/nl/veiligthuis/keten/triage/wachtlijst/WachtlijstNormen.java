package nl.veiligthuis.keten.triage.wachtlijst;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R1/R4/R5: the network norms per region over the period ({@code op} − 365 days, {@code op}]:
 * <ul>
 * <li><b>triage binnen 5 werkdagen</b> (norm {@value #TRIAGE_NORM}): first-round triages only (a re-triage after a
 * return is not a new melding). Judged are the triages completed in the period, on time when their recorded
 * {@code binnenTermijn} says so, plus those still open at {@code op} whose term passed in the period: they can no
 * longer make it, so they count as late now instead of only when they are finally completed;</li>
 * <li><b>onderzoek binnen 10 weken</b> (norm {@value #ONDERZOEK_NORM}): every onderzoek, judged the same way on the
 * onderzoek's own {@code binnenTermijn}. Following R4 a justified overrun recorded in time moves the term, so an
 * onderzoek completed within its extended term is on time.</li>
 * </ul>
 */
@Component
public class WachtlijstNormen {

    public static final double TRIAGE_NORM = 0.9;
    public static final double ONDERZOEK_NORM = 0.8;
    public static final Duration PERIODE = Duration.ofDays(365);

    private static final String ONDERZOEK_TERMIJN_OP_T = """
            CASE WHEN r.onderzoek_verlengd_op <= :t THEN r.onderzoek_verlengd_tot ELSE r.onderzoek_termijn_einde END""";

    /** 002 §3.2: the police's mutaties huiselijk geweld left out when asked; %s: the table's alias and a dot. */
    static final String ZONDER_MUTATIES = """
            (NOT CAST(:zonderMutaties AS BOOLEAN) OR %spolitiemelding IS DISTINCT FROM 'MUTATIE_HUISELIJK_GEWELD')""";

    private static final String PER_REGIO = """
            SELECT COALESCE(z.regio, 'ONBEKEND') AS regio,
                COUNT(*) FILTER (WHERE r.ronde = 1 AND (
                    (r.triage_afgerond_op > :van AND r.triage_afgerond_op <= :t)
                    OR ((r.triage_afgerond_op IS NULL OR r.triage_afgerond_op > :t)
                        AND r.triage_termijn_einde > :van AND r.triage_termijn_einde <= :t))) AS triage_aantal,
                COUNT(*) FILTER (WHERE r.ronde = 1 AND r.triage_afgerond_op > :van AND r.triage_afgerond_op <= :t
                    AND r.triage_binnen_termijn) AS triage_binnen,
                COUNT(*) FILTER (WHERE (r.onderzoek_afgerond_op > :van AND r.onderzoek_afgerond_op <= :t)
                    OR (r.onderzoek_gestart_op <= :t
                        AND (r.onderzoek_afgerond_op IS NULL OR r.onderzoek_afgerond_op > :t)
                        AND %1$s > :van AND %1$s <= :t)) AS onderzoek_aantal,
                COUNT(*) FILTER (WHERE r.onderzoek_afgerond_op > :van AND r.onderzoek_afgerond_op <= :t
                    AND r.onderzoek_binnen_termijn) AS onderzoek_binnen
            FROM wachtlijst_ronde r JOIN wachtlijst_zaak z ON z.melding_id = r.melding_id
            WHERE (CAST(:regio AS VARCHAR) IS NULL OR COALESCE(z.regio, 'ONBEKEND') = :regio)
                AND r.wacht_sinds <= :t AND (r.eind_op IS NULL OR r.eind_op > :van)
                AND %2$s
            GROUP BY 1 ORDER BY 1""".formatted(ONDERZOEK_TERMIJN_OP_T, ZONDER_MUTATIES.formatted("z."));

    private static final String HERHAALMELDINGEN = """
            SELECT COALESCE(regio, 'ONBEKEND') AS regio, COUNT(*) AS meldingen,
                COUNT(*) FILTER (WHERE herhaalmelding) AS herhaalmeldingen
            FROM wachtlijst_zaak
            WHERE ontvangen_op > :van AND ontvangen_op <= :t
                AND (CAST(:regio AS VARCHAR) IS NULL OR COALESCE(regio, 'ONBEKEND') = :regio)
                AND %s
            GROUP BY 1""".formatted(ZONDER_MUTATIES.formatted(""));

    private final JdbcClient jdbc;

    public WachtlijstNormen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The norms at {@code op} for the regions with cases judged in the period, or only for {@code regio}. */
    public Map<String, Normen> perRegio(Instant op, String regio) {
        return perRegio(op, regio, false);
    }

    /** @param zonderMutaties leave out the police's mutaties huiselijk geweld (002 §3.2) */
    public Map<String, Normen> perRegio(Instant op, String regio, boolean zonderMutaties) {
        var van = op.minus(PERIODE);
        var resultaat = new LinkedHashMap<String, Normen>();
        jdbc.sql(PER_REGIO)
                .param("zonderMutaties", zonderMutaties)
                .param("van", Timestamp.from(van))
                .param("t", Timestamp.from(op))
                .param("regio", regio)
                .query((rs, row) -> Map.entry(rs.getString("regio"), new Normen(
                        Norm.van(TRIAGE_NORM, van, op, rs.getInt("triage_aantal"), rs.getInt("triage_binnen")),
                        Norm.van(ONDERZOEK_NORM, van, op, rs.getInt("onderzoek_aantal"),
                                rs.getInt("onderzoek_binnen")))))
                .list()
                .forEach(regel -> resultaat.put(regel.getKey(), regel.getValue()));
        if (regio != null && resultaat.isEmpty()) {
            resultaat.put(regio, Normen.geen(van, op));
        }
        return resultaat;
    }

    /** Issue 3: the share of meldingen per region that arrived while VT was already involved (herhaalmeldingen). */
    public Map<String, Herhaalmeldingen> herhaalmeldingenPerRegio(Instant op, String regio) {
        return herhaalmeldingenPerRegio(op, regio, false);
    }

    /** @param zonderMutaties leave out the police's mutaties huiselijk geweld (002 §3.2) */
    public Map<String, Herhaalmeldingen> herhaalmeldingenPerRegio(Instant op, String regio, boolean zonderMutaties) {
        var van = op.minus(PERIODE);
        var resultaat = new LinkedHashMap<String, Herhaalmeldingen>();
        jdbc.sql(HERHAALMELDINGEN)
                .param("zonderMutaties", zonderMutaties)
                .param("van", Timestamp.from(van))
                .param("t", Timestamp.from(op))
                .param("regio", regio)
                .query((rs, row) -> Map.entry(rs.getString("regio"), Herhaalmeldingen.van(van, op,
                        rs.getInt("meldingen"), rs.getInt("herhaalmeldingen"))))
                .list()
                .forEach(regel -> resultaat.put(regel.getKey(), regel.getValue()));
        return resultaat;
    }
}
