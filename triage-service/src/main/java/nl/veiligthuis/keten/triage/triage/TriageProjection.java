package nl.veiligthuis.keten.triage.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.veiligthuis.keten.platform.axon.VolgordePer;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("triage-overzicht")
// one row per melding; a koppeling to another gezin must not let its later events overtake its first
@VolgordePer("meldingId")
public class TriageProjection {

    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;

    public TriageProjection(JdbcClient jdbc, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(TriageGeopend event) {
        jdbc.sql("""
                INSERT INTO triage_overzicht (melding_id, gezin_id, gemeente, regio, status, acuut_onveilig,
                    herhaalmelding, ontvangen_op, uiterlijk_afgerond_op, monitoringsfrequentie)
                VALUES (?, ?, ?, ?, 'WACHT_OP_TRIAGE', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.meldingId(), event.gezinId(), event.gemeente(), event.regio(), event.acuutOnveilig(),
                        event.herhaalmelding(), Timestamp.from(event.ontvangenOp()), event.uiterlijkAfgerondOp(),
                        // the default the aggregate sets in the same command: never shown without one (R5)
                        Monitoringsfrequentie.standaardVoor(event.acuutOnveilig()).name())
                .update();
    }

    @EventHandler
    void on(TriageAanGezinGekoppeld event) {
        jdbc.sql("UPDATE triage_overzicht SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId()).update();
    }

    @EventHandler
    void on(TriageGestart event) {
        jdbc.sql("""
                UPDATE triage_overzicht SET status = 'IN_TRIAGE', gestart_op = ?, triagist_naam = ?,
                    triagist_telefoon = ? WHERE melding_id = ?""")
                .params(Timestamp.from(event.gestartOp()), versleutel(event.gezinId(), event.triagist().naam()),
                        versleutel(event.gezinId(), event.triagist().telefoon()), event.meldingId())
                .update();
    }

    @EventHandler
    void on(TriageAfgerond event) {
        jdbc.sql("""
                UPDATE triage_overzicht SET status = 'AFGEROND', uitkomst = ?, triagist_naam = ?, triagist_telefoon = ?,
                    ernst = ?, onderbouwing = ?, advies = ?, afgerond_op = ?, binnen_termijn = ?, ronde = ?
                WHERE melding_id = ?""")
                .params(event.uitkomst().name(), versleutel(event.gezinId(), event.triagist().naam()),
                        versleutel(event.gezinId(), event.triagist().telefoon()),
                        event.ernst() == null ? null : event.ernst().name(),
                        versleutel(event.gezinId(), event.onderbouwing()), versleutel(event.gezinId(), event.advies()),
                        Timestamp.from(event.afgerondOp()), event.binnenTermijn(), event.ronde(), event.meldingId())
                .update();
    }

    @EventHandler
    void on(TriagetermijnOverschreden event) {
        jdbc.sql("UPDATE triage_overzicht SET termijn_overschreden = TRUE WHERE melding_id = ?")
                .param(event.meldingId()).update();
    }

    @EventHandler
    void on(MonitoringsfrequentieVastgesteld event) {
        jdbc.sql("UPDATE triage_overzicht SET monitoringsfrequentie = ?, monitoringswijze = ? WHERE melding_id = ?")
                .params(event.frequentie().name(), versleutel(event.gezinId(), event.wijze()), event.meldingId())
                .update();
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijVeiligThuis event) {
        zichtBij(event.meldingId(), "VEILIG_THUIS");
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijWijkteam event) {
        zichtBij(event.meldingId(), "WIJKTEAM");
    }

    @EventHandler
    void on(ZaakTeruggemeldOntvangen event) {
        jdbc.sql("""
                UPDATE triage_overzicht SET status = 'TERUGGEMELD', aantal_terugmeldingen = ?, gestart_op = NULL,
                    uiterlijk_afgerond_op = ?, termijn_overschreden = FALSE
                WHERE melding_id = ?""")
                .params(event.aantalTerugmeldingen(), event.nieuweTermijn(), event.meldingId()).update();
    }

    @EventHandler
    void on(OnderzoekGestart event) {
        jdbc.sql("UPDATE triage_overzicht SET onderzoek_id = ? WHERE melding_id = ?")
                .params(event.onderzoekId(), event.meldingId()).update();
    }

    private void zichtBij(String meldingId, String houder) {
        jdbc.sql("UPDATE triage_overzicht SET zicht_op_veiligheid_bij = ? WHERE melding_id = ?")
                .params(houder, meldingId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM triage_overzicht").update();
    }

    public Optional<TriageView> find(String meldingId) {
        return jdbc.sql("SELECT * FROM triage_overzicht WHERE melding_id = ?").param(meldingId)
                .query(this::view).optional();
    }

    /**
     * Whether VT is involved with the gezin: a triage still open or returned, or a case VT holds zicht op veiligheid
     * for. A melding arriving then is a repeat (herhaalmelding).
     */
    public boolean veiligThuisBetrokken(String gezinId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM triage_overzicht WHERE gezin_id = ?
                    AND (status <> 'AFGEROND' OR zicht_op_veiligheid_bij = 'VEILIG_THUIS'))""")
                .param(gezinId).query(Boolean.class).single();
    }

    private String versleutel(String gezinId, String waarde) {
        return versleuteling.versleutel(gezinId, waarde);
    }

    private String tekst(ResultSet rs, String kolom) throws SQLException {
        return versleuteling.ontsleutel(rs.getString(kolom));
    }

    private TriageView view(ResultSet rs, int row) throws SQLException {
        String uitkomst = rs.getString("uitkomst");
        String ernst = rs.getString("ernst");
        String frequentie = rs.getString("monitoringsfrequentie");
        String zichtBij = rs.getString("zicht_op_veiligheid_bij");
        return new TriageView(rs.getString("melding_id"), rs.getString("gezin_id"), rs.getString("gemeente"),
                rs.getString("regio"), rs.getString("status"), rs.getBoolean("acuut_onveilig"),
                rs.getBoolean("herhaalmelding"), instant(rs, "ontvangen_op"),
                rs.getObject("uiterlijk_afgerond_op", LocalDate.class), rs.getBoolean("termijn_overschreden"),
                instant(rs, "gestart_op"), "VEILIG_THUIS".equals(zichtBij), zichtBij,
                uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                rs.getString("triagist_naam") == null ? null
                        : new Triagist(tekst(rs, "triagist_naam"), tekst(rs, "triagist_telefoon")),
                ernst == null ? null : ernstVan(ernst), tekst(rs, "onderbouwing"), tekst(rs, "advies"),
                instant(rs, "afgerond_op"), (Boolean) rs.getObject("binnen_termijn"), rs.getString("onderzoek_id"),
                rs.getInt("aantal_terugmeldingen"),
                frequentie == null ? null : Monitoringsfrequentie.valueOf(frequentie),
                tekst(rs, "monitoringswijze"));
    }

    /** Severities recorded as free text before the code list existed are shown as unknown rather than failing. */
    private static Ernst ernstVan(String code) {
        try {
            return Ernst.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp waarde = rs.getTimestamp(kolom);
        return waarde == null ? null : waarde.toInstant();
    }
}
