package nl.veiligthuis.keten.triage.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("triage-overzicht")
public class TriageProjection {

    private final JdbcClient jdbc;

    public TriageProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TriageGeopend event) {
        jdbc.sql("""
                INSERT INTO triage_overzicht (melding_id, gezin_id, gemeente, status, acuut_onveilig, ontvangen_op,
                    uiterlijk_afgerond_op) VALUES (?, ?, ?, 'IN_TRIAGE', ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.meldingId(), event.gezinId(), event.gemeente(), event.acuutOnveilig(),
                        Timestamp.from(event.ontvangenOp()), event.uiterlijkAfgerondOp())
                .update();
    }

    @EventHandler
    void on(TriageAfgerond event) {
        jdbc.sql("""
                UPDATE triage_overzicht SET status = 'AFGEROND', uitkomst = ?, triagist_naam = ?, triagist_telefoon = ?,
                    ernst = ?, onderbouwing = ?, advies = ?, afgerond_op = ?, binnen_termijn = ?
                WHERE melding_id = ?""")
                .params(event.uitkomst().name(), event.triagist().naam(), event.triagist().telefoon(), event.ernst(),
                        event.onderbouwing(), event.advies(), Timestamp.from(event.afgerondOp()),
                        event.binnenTermijn(), event.meldingId())
                .update();
    }

    @EventHandler
    void on(TriagetermijnOverschreden event) {
        jdbc.sql("UPDATE triage_overzicht SET termijn_overschreden = TRUE WHERE melding_id = ?")
                .param(event.meldingId()).update();
    }

    @EventHandler
    void on(OnderzoekGestart event) {
        jdbc.sql("UPDATE triage_overzicht SET onderzoek_id = ? WHERE melding_id = ?")
                .params(event.onderzoekId(), event.meldingId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM triage_overzicht").update();
    }

    public Optional<TriageView> find(String meldingId) {
        return jdbc.sql("SELECT * FROM triage_overzicht WHERE melding_id = ?").param(meldingId)
                .query(TriageProjection::view).optional();
    }

    private static TriageView view(ResultSet rs, int row) throws SQLException {
        boolean acuut = rs.getBoolean("acuut_onveilig");
        boolean overschreden = rs.getBoolean("termijn_overschreden");
        String status = rs.getString("status");
        String uitkomst = rs.getString("uitkomst");
        Timestamp afgerondOp = rs.getTimestamp("afgerond_op");
        return new TriageView(rs.getString("melding_id"), rs.getString("gezin_id"), rs.getString("gemeente"), status,
                acuut, rs.getTimestamp("ontvangen_op").toInstant(),
                rs.getObject("uiterlijk_afgerond_op", java.time.LocalDate.class), overschreden,
                acuut || overschreden || "AFGEROND".equals(status),
                uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                rs.getString("triagist_naam") == null ? null
                        : new Triagist(rs.getString("triagist_naam"), rs.getString("triagist_telefoon")),
                rs.getString("ernst"), rs.getString("onderbouwing"), rs.getString("advies"),
                afgerondOp == null ? null : afgerondOp.toInstant(),
                (Boolean) rs.getObject("binnen_termijn"), rs.getString("onderzoek_id"));
    }
}
