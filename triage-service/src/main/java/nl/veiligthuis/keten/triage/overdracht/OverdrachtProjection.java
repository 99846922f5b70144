package nl.veiligthuis.keten.triage.overdracht;

import java.sql.Timestamp;
import java.util.Optional;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijWijkteam;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("overdracht")
public class OverdrachtProjection {

    record Rij(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
               String onderzoekId, java.time.Instant gedaanOp, String toestemming, String redenZonderToestemming) {
    }

    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;

    public OverdrachtProjection(JdbcClient jdbc, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(OverdrachtGedaan event) {
        jdbc.sql("""
                INSERT INTO overdracht (overdracht_id, melding_id, gezin_id, route, gemeente, onderzoek_id, gedaan_op,
                                        toestemming, reden_zonder_toestemming)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.overdrachtId(), event.meldingId(), event.gezinId(), event.route().name(),
                        event.gemeente(), event.onderzoekId(), Timestamp.from(event.gedaanOp()),
                        event.toestemming() == null ? null : Toestemming.code(event.toestemming()),
                        event.toestemming() == null ? null : versleuteling.versleutel(event.gezinId(),
                                event.toestemming().redenZonderToestemming()))
                .update();
    }

    /** Issue 13 point 2: from now on the package is the accepting team's (and the whole gemeente's). */
    @EventHandler
    void on(ZichtOpVeiligheidBijWijkteam event) {
        if (event.team() != null) {
            jdbc.sql("UPDATE overdracht SET team = ? WHERE overdracht_id = ?")
                    .params(event.team(), event.overdrachtId()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM overdracht").update();
    }

    /** The melding a handover came from; empty while this projection has not seen the handover yet. */
    public Optional<String> meldingVan(String overdrachtId) {
        return find(overdrachtId).map(Rij::meldingId);
    }

    Optional<Rij> find(String overdrachtId) {
        return jdbc.sql("SELECT * FROM overdracht WHERE overdracht_id = ?").param(overdrachtId)
                .query((rs, row) -> new Rij(rs.getString("overdracht_id"), rs.getString("melding_id"),
                        rs.getString("gezin_id"), Route.valueOf(rs.getString("route")), rs.getString("gemeente"),
                        rs.getString("onderzoek_id"), rs.getTimestamp("gedaan_op").toInstant(),
                        rs.getString("toestemming"),
                        versleuteling.ontsleutel(rs.getString("reden_zonder_toestemming"))))
                .optional();
    }
}
