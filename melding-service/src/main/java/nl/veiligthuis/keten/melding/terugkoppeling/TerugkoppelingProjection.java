package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("terugkoppelingen")
public class TerugkoppelingProjection {

    private final JdbcClient jdbc;

    public TerugkoppelingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TerugkoppelingVerstuurd event) {
        jdbc.sql("""
                INSERT INTO terugkoppeling (melding_id, moment, aanleiding, melder_type, vervolgroute, partners, tekst,
                                            verstuurd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (melding_id, moment, aanleiding) DO NOTHING""")
                .params(event.meldingId(), event.moment().name(), event.aanleidingOfStandaard(),
                        event.melderType().name(), event.vervolgroute().name(), event.partners().toArray(String[]::new),
                        event.tekst(), Timestamp.from(event.verstuurdOp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM terugkoppeling").update();
    }

    @QueryHandler
    List<Terugkoppeling> handle(HaalTerugkoppelingenOp query) {
        // the dispatch is another processor's row: the latest one for the same melding and moment
        return jdbc.sql("""
                        SELECT t.*, b.status, b.pogingen, b.laatste_poging_op, b.laatste_fout, b.bezorgd_op,
                               b.volgende_poging_op
                        FROM terugkoppeling t
                        LEFT JOIN LATERAL (SELECT * FROM terugkoppeling_bezorging b
                                           WHERE b.melding_id = t.melding_id AND b.moment = t.moment
                                             AND b.aanleiding = t.aanleiding
                                           ORDER BY b.aangemaakt_op DESC LIMIT 1) b ON true
                        WHERE t.melding_id = ? ORDER BY t.verstuurd_op, t.moment""")
                .param(query.meldingId())
                .query((rs, row) -> new Terugkoppeling(Moment.valueOf(rs.getString("moment")),
                        rs.getString("aanleiding"), MelderType.valueOf(rs.getString("melder_type")),
                        Vervolgroute.valueOf(rs.getString("vervolgroute")),
                        Arrays.asList((String[]) rs.getArray("partners").getArray()), rs.getString("tekst"),
                        rs.getTimestamp("verstuurd_op").toInstant(), bezorging(rs)))
                .list();
    }

    /** The letters whose dispatch has this status, oldest first, for operations (no address, no letter). */
    @QueryHandler
    List<BezorgingOverzicht> handle(HaalBezorgingenOp query) {
        return jdbc.sql("""
                        SELECT * FROM terugkoppeling_bezorging WHERE status = ? ORDER BY aangemaakt_op LIMIT ?""")
                .params(query.status().name(), query.limiet())
                .query((rs, row) -> new BezorgingOverzicht(rs.getString("bezorging_id"), rs.getString("melding_id"),
                        Moment.valueOf(rs.getString("moment")), rs.getString("aanleiding"),
                        rs.getTimestamp("aangemaakt_op").toInstant(),
                        bezorging(rs)))
                .list();
    }

    private static Bezorging bezorging(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        if (status == null) {
            return null;
        }
        BezorgingStatus bezorgingStatus = BezorgingStatus.valueOf(status);
        return new Bezorging(bezorgingStatus, rs.getInt("pogingen"), moment(rs, "laatste_poging_op"),
                rs.getString("laatste_fout"), moment(rs, "bezorgd_op"),
                bezorgingStatus == BezorgingStatus.WACHTEND ? moment(rs, "volgende_poging_op") : null);
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp tijdstip = rs.getTimestamp(kolom);
        return tijdstip == null ? null : tijdstip.toInstant();
    }
}
