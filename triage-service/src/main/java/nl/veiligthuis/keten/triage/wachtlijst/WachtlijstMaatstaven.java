package nl.veiligthuis.keten.triage.wachtlijst;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R5: the six waiting-list measures of the inspectorate (footnote 4 of the 2016 report), per VT region, as of a
 * moment T. Each counts meldingen, in the triage round that is current at T (a return by the wijkteam, R9, ends a
 * round and starts the next), from the moments {@link WachtlijstProjection} stored:
 * <ol>
 * <li><b>wacht op start triage</b>: triage not started at T, and T is at or after the end of the fifth working day
 * after the day of receipt (after a return: after the day of the return);</li>
 * <li><b>triage langer dan 5 werkdagen</b>: triage started, not completed at T, same boundary as (1); (1) + (2) is
 * the inspectorate's "triage na 5 werkdagen niet afgerond";</li>
 * <li><b>wacht op onderzoek</b>: triage decided {@code ONDERZOEK}, the onderzoek not started at T, and T is at or
 * after the end of the fifth working day after the day of that decision;</li>
 * <li><b>onderzoek langer dan 10 weken</b>: onderzoek started, not completed at T, and T is at or after the end of
 * the day 10 weeks after its start. A justified overrun (R4) does not take a case off this list (the inspectorate
 * counts deliberate overruns too); {@code onderzoekLangerDanTienWekenGerechtvaardigd} says how many of them have a
 * justified overrun whose new end has not passed at T;</li>
 * <li><b>wacht op overdracht</b>: handed over to the local field, not accepted at T, and T is at or after the end of
 * the fifth working day after the day of the handover;</li>
 * <li><b>niet overgedragen na 10 weken</b>: T is at or after the end of the day 10 weeks after the original receipt
 * (a return does not restart it), no accepted handover at T, and at T the round is either not triaged yet or
 * decided {@code ONDERZOEK} or {@code OVERDRACHT_LOKAAL_VELD}; a case closed with {@code AFSLUITEN} leaves the list
 * when it is closed.</li>
 * </ol>
 * Working days are those of {@link nl.veiligthuis.keten.triage.termijn.Werkdagen}; a melding without a region is
 * counted under {@value #ONBEKEND}.
 */
@Component
public class WachtlijstMaatstaven {

    public static final String ONBEKEND = "ONBEKEND";

    /** The rounds that can count at some moment in [:eerste, :laatste]: the rest ended before or began after it. */
    private static final String KANDIDATEN = """
            SELECT r.*, COALESCE(z.regio, 'ONBEKEND') AS regio, z.tien_weken_einde
            FROM wachtlijst_ronde r JOIN wachtlijst_zaak z ON z.melding_id = r.melding_id
            WHERE r.wacht_sinds <= :laatste AND (r.eind_op IS NULL OR r.eind_op > :eerste)
              AND """ + WachtlijstNormen.ZONDER_MUTATIES.formatted("z.");

    private static final String HUIDIGE_RONDE_OP_T =
            "r.wacht_sinds <= m.t AND (r.teruggemeld_op IS NULL OR r.teruggemeld_op > m.t)";

    private static final String TELLINGEN = """
            COUNT(r.melding_id) FILTER (WHERE (r.triage_gestart_op IS NULL OR r.triage_gestart_op > m.t)
                AND r.triage_termijn_einde <= m.t) AS wacht_op_start_triage,
            COUNT(r.melding_id) FILTER (WHERE r.triage_gestart_op <= m.t
                AND (r.triage_afgerond_op IS NULL OR r.triage_afgerond_op > m.t)
                AND r.triage_termijn_einde <= m.t) AS triage_langer_dan_vijf_werkdagen,
            COUNT(r.melding_id) FILTER (WHERE r.uitkomst = 'ONDERZOEK' AND r.triage_afgerond_op <= m.t
                AND (r.onderzoek_gestart_op IS NULL OR r.onderzoek_gestart_op > m.t)
                AND r.onderzoek_wacht_grens <= m.t) AS wacht_op_onderzoek,
            COUNT(r.melding_id) FILTER (WHERE r.onderzoek_gestart_op <= m.t
                AND (r.onderzoek_afgerond_op IS NULL OR r.onderzoek_afgerond_op > m.t)
                AND r.onderzoek_termijn_einde <= m.t) AS onderzoek_langer_dan_tien_weken,
            COUNT(r.melding_id) FILTER (WHERE r.onderzoek_gestart_op <= m.t
                AND (r.onderzoek_afgerond_op IS NULL OR r.onderzoek_afgerond_op > m.t)
                AND r.onderzoek_termijn_einde <= m.t
                AND r.onderzoek_verlengd_op <= m.t AND r.onderzoek_verlengd_tot > m.t)
                AS onderzoek_langer_dan_tien_weken_gerechtvaardigd,
            COUNT(r.melding_id) FILTER (WHERE r.overdracht_gedaan_op <= m.t
                AND (r.geaccepteerd_op IS NULL OR r.geaccepteerd_op > m.t)
                AND r.overdracht_wacht_grens <= m.t) AS wacht_op_overdracht,
            COUNT(r.melding_id) FILTER (WHERE r.tien_weken_einde <= m.t
                AND (r.geaccepteerd_op IS NULL OR r.geaccepteerd_op > m.t)
                AND (r.triage_afgerond_op IS NULL OR r.triage_afgerond_op > m.t
                     OR r.uitkomst IN ('ONDERZOEK', 'OVERDRACHT_LOKAAL_VELD'))) AS niet_overgedragen_na_tien_weken""";

    private static final String PER_REGIO = """
            SELECT g.regio, %s
            FROM (SELECT DISTINCT COALESCE(regio, 'ONBEKEND') AS regio FROM wachtlijst_zaak
                  WHERE ontvangen_op <= :t
                    AND (CAST(:regio AS VARCHAR) IS NULL OR COALESCE(regio, 'ONBEKEND') = :regio)) g
            CROSS JOIN (SELECT CAST(:t AS TIMESTAMP WITH TIME ZONE) AS t) m
            LEFT JOIN (%s) r ON r.regio = g.regio AND %s
            GROUP BY g.regio ORDER BY g.regio""".formatted(TELLINGEN, KANDIDATEN, HUIDIGE_RONDE_OP_T);

    private static final String HISTORIE = """
            SELECT m.dag, m.t, %s
            FROM unnest(CAST(:dagen AS DATE[]), CAST(:momenten AS TIMESTAMP WITH TIME ZONE[])) AS m(dag, t)
            LEFT JOIN (%s AND COALESCE(z.regio, 'ONBEKEND') = :regio) r ON %s
            GROUP BY m.dag, m.t ORDER BY m.dag""".formatted(TELLINGEN, KANDIDATEN, HUIDIGE_RONDE_OP_T);

    private final JdbcClient jdbc;

    public WachtlijstMaatstaven(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The measures at {@code op} for every region that had meldingen by then, or only for {@code regio} (zeros when
     * it had none), ordered by region.
     */
    public Map<String, Maatstaven> perRegio(Instant op, String regio) {
        return perRegio(op, regio, false);
    }

    /** @param zonderMutaties leave out the police's mutaties huiselijk geweld (002 §3.2) */
    public Map<String, Maatstaven> perRegio(Instant op, String regio, boolean zonderMutaties) {
        var t = Timestamp.from(op);
        var resultaat = jdbc.sql(PER_REGIO)
                .param("zonderMutaties", zonderMutaties)
                .param("t", t)
                .param("eerste", t)
                .param("laatste", t)
                .param("regio", regio)
                .query((rs, row) -> Map.entry(rs.getString("regio"), maatstaven(rs)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (regio != null && resultaat.isEmpty()) {
            resultaat.put(regio, Maatstaven.GEEN);
        }
        return resultaat;
    }

    /** The measures of one region at each of the given moments, in one query. */
    public List<HistorieDag> historie(String regio, Map<LocalDate, Instant> momenten) {
        return historie(regio, momenten, false);
    }

    /** @param zonderMutaties leave out the police's mutaties huiselijk geweld (002 §3.2) */
    public List<HistorieDag> historie(String regio, Map<LocalDate, Instant> momenten, boolean zonderMutaties) {
        if (momenten.isEmpty()) {
            return List.of();
        }
        var eerste = momenten.values().stream().min(Instant::compareTo).orElseThrow();
        var laatste = momenten.values().stream().max(Instant::compareTo).orElseThrow();
        return jdbc.sql(HISTORIE)
                .param("zonderMutaties", zonderMutaties)
                .param("dagen", arrayLiteral(momenten.keySet().stream().map(LocalDate::toString).toList()))
                .param("momenten", arrayLiteral(momenten.values().stream().map(Instant::toString).toList()))
                .param("eerste", Timestamp.from(eerste))
                .param("laatste", Timestamp.from(laatste))
                .param("regio", regio)
                .query((rs, row) -> new HistorieDag(rs.getObject("dag", LocalDate.class), rs.getTimestamp("t").toInstant(),
                        maatstaven(rs)))
                .list();
    }

    // ISO dates and instants contain no characters that need quoting in a PostgreSQL array literal
    private static String arrayLiteral(List<String> waarden) {
        return "{" + String.join(",", waarden) + "}";
    }

    private static Maatstaven maatstaven(ResultSet rs) throws SQLException {
        return new Maatstaven(rs.getInt("wacht_op_start_triage"), rs.getInt("triage_langer_dan_vijf_werkdagen"),
                rs.getInt("wacht_op_onderzoek"), rs.getInt("onderzoek_langer_dan_tien_weken"),
                rs.getInt("onderzoek_langer_dan_tien_weken_gerechtvaardigd"), rs.getInt("wacht_op_overdracht"),
                rs.getInt("niet_overgedragen_na_tien_weken"));
    }
}
