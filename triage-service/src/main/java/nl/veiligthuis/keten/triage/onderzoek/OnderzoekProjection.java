package nl.veiligthuis.keten.triage.onderzoek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
@ProcessingGroup("onderzoek-overzicht")
public class OnderzoekProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Leesmodelversleuteling versleuteling;

    public OnderzoekProjection(JdbcClient jdbc, JsonMapper json, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.json = json;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(OnderzoekAangemeld event) {
        jdbc.sql("""
                INSERT INTO onderzoek_overzicht (onderzoek_id, melding_id, gezin_id, status, aangemeld_op)
                VALUES (?, ?, ?, 'WACHT_OP_ONDERZOEK', ?) ON CONFLICT DO NOTHING""")
                .params(event.onderzoekId(), event.meldingId(), event.gezinId(), Timestamp.from(event.aangemeldOp()))
                .update();
    }

    /** Onderzoeken from before the waiting list have no OnderzoekAangemeld: the row may not exist yet. */
    @EventHandler
    void on(OnderzoekGestart event) {
        var onderzoeker = event.onderzoeker();
        jdbc.sql("""
                INSERT INTO onderzoek_overzicht (onderzoek_id, melding_id, gezin_id, status, gestart_op,
                    uiterlijk_afgerond_op, onderzoeker_naam, onderzoeker_telefoon)
                VALUES (?, ?, ?, 'LOOPT', ?, ?, ?, ?)
                ON CONFLICT (onderzoek_id) DO UPDATE SET status = 'LOOPT', gestart_op = EXCLUDED.gestart_op,
                    uiterlijk_afgerond_op = EXCLUDED.uiterlijk_afgerond_op,
                    onderzoeker_naam = EXCLUDED.onderzoeker_naam, onderzoeker_telefoon = EXCLUDED.onderzoeker_telefoon
                WHERE onderzoek_overzicht.status = 'WACHT_OP_ONDERZOEK'""")
                .params(event.onderzoekId(), event.meldingId(), event.gezinId(), Timestamp.from(event.gestartOp()),
                        event.uiterlijkAfgerondOp(),
                        onderzoeker == null ? null : versleuteling.versleutel(event.gezinId(), onderzoeker.naam()),
                        onderzoeker == null ? null : versleuteling.versleutel(event.gezinId(), onderzoeker.telefoon()))
                .update();
    }

    @EventHandler
    void on(OnderzoekAfgerond event) {
        jdbc.sql("""
                UPDATE onderzoek_overzicht SET status = 'AFGEROND', rapportage = ?, afgerond_op = ?
                WHERE onderzoek_id = ?""")
                .params(versleuteling.versleutel(event.gezinId(), json.writeValueAsString(event.rapportage())),
                        Timestamp.from(event.afgerondOp()), event.onderzoekId())
                .update();
    }

    @EventHandler
    void on(OverschrijdingGerechtvaardigd event) {
        jdbc.sql("""
                UPDATE onderzoek_overzicht SET uiterlijk_afgerond_op = ?, overschrijding_reden = ?,
                    overschrijding_toelichting = ? WHERE onderzoek_id = ?""")
                .params(event.nieuweUiterlijkAfgerondOp(), event.reden().name(),
                        versleuteling.versleutel(event.gezinId(), event.toelichting()), event.onderzoekId())
                .update();
    }

    @EventHandler
    void on(OnderzoekstermijnOverschreden event) {
        jdbc.sql("UPDATE onderzoek_overzicht SET termijn_overschreden = TRUE WHERE onderzoek_id = ?")
                .param(event.onderzoekId()).update();
    }

    @EventHandler
    void on(OverdrachtsgesprekGevoerd event) {
        jdbc.sql("UPDATE onderzoek_overzicht SET overdrachtsgesprek_op = ? WHERE onderzoek_id = ?")
                .params(Timestamp.from(event.gevoerdOp()), event.onderzoekId()).update();
    }

    @EventHandler
    void on(OverdrachtGedaan event) {
        if (event.onderzoekId() != null) {
            jdbc.sql("UPDATE onderzoek_overzicht SET status = 'OVERGEDRAGEN', overdracht_id = ? WHERE onderzoek_id = ?")
                    .params(event.overdrachtId(), event.onderzoekId()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM onderzoek_overzicht").update();
    }

    public Optional<OnderzoekView> find(String onderzoekId) {
        return jdbc.sql("SELECT * FROM onderzoek_overzicht WHERE onderzoek_id = ?").param(onderzoekId)
                .query(this::view).optional();
    }

    private OnderzoekView view(ResultSet rs, int row) throws SQLException {
        String rapportage = versleuteling.ontsleutel(rs.getString("rapportage"), null);
        String reden = rs.getString("overschrijding_reden");
        return new OnderzoekView(rs.getString("onderzoek_id"), rs.getString("melding_id"), rs.getString("gezin_id"),
                rs.getString("status"), instant(rs.getTimestamp("aangemeld_op")),
                rs.getString("onderzoeker_naam") == null ? null
                        : new Onderzoeker(versleuteling.ontsleutel(rs.getString("onderzoeker_naam")),
                        versleuteling.ontsleutel(rs.getString("onderzoeker_telefoon"))),
                instant(rs.getTimestamp("gestart_op")),
                rs.getObject("uiterlijk_afgerond_op", LocalDate.class), rs.getBoolean("termijn_overschreden"),
                reden == null ? null : RedenOverschrijding.valueOf(reden),
                versleuteling.ontsleutel(rs.getString("overschrijding_toelichting")),
                rapportage == null ? (rs.getString("rapportage") == null ? null : Rapportage.gewist())
                        : json.readValue(rapportage, Rapportage.class),
                instant(rs.getTimestamp("afgerond_op")), instant(rs.getTimestamp("overdrachtsgesprek_op")),
                rs.getString("overdracht_id"));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
