package nl.veiligthuis.keten.triage.wachtlijst;

import java.sql.Timestamp;
import java.time.Instant;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekAfgerond;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import nl.veiligthuis.keten.triage.onderzoek.OverschrijdingGerechtvaardigd;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.Monitoringsfrequentie;
import nl.veiligthuis.keten.triage.triage.MonitoringsfrequentieVastgesteld;
import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.TriageGeopend;
import nl.veiligthuis.keten.triage.triage.TriageGestart;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import nl.veiligthuis.keten.triage.triage.WachtcontactVastgelegd;
import nl.veiligthuis.keten.triage.triage.ZaakTeruggemeldOntvangen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijWijkteam;
import nl.veiligthuis.keten.platform.axon.VolgordePer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R5: the moments each melding passes, per triage round, from which {@link WachtlijstMaatstaven},
 * {@link WachtlijstNormen} and {@link Werkvoorraad} compute the waiting lists as of any moment. Every handler is
 * idempotent, so a redelivery or a replay gives the same rows.
 */
@Component
@ProcessingGroup("wachtlijst")
// rows per melding, fed by its triage and its onderzoek: a koppeling must not let later events overtake earlier
@VolgordePer("meldingId")
public class WachtlijstProjection {

    static final int WACHTTERMIJN_WERKDAGEN = 5;
    static final int TIEN_WEKEN = 10;

    // the round that was current at the event's moment, so a redelivered event never lands in a later round
    private static final String RONDE_VAN_HET_MOMENT = "ronde = (SELECT MAX(ronde) FROM wachtlijst_ronde "
            + "WHERE melding_id = :meldingId AND wacht_sinds <= :op)";

    private final JdbcClient jdbc;

    public WachtlijstProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TriageGeopend event) {
        var tienWeken = Werkdagen.eindeVan(
                event.ontvangenOp().atZone(Werkdagen.NEDERLAND).toLocalDate().plusWeeks(TIEN_WEKEN));
        // the aggregate sets this default in the same command; the projection may see TriageGeopend a moment
        // before that event, and a waiting case is never shown without a monitoring frequency (R5)
        jdbc.sql("""
                INSERT INTO wachtlijst_zaak (melding_id, regio, acuut_onveilig, herhaalmelding, ontvangen_op,
                    tien_weken_einde, monitoringsfrequentie, politiemelding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.meldingId(), event.regio(), event.acuutOnveilig(), event.herhaalmelding(),
                        ts(event.ontvangenOp()), ts(tienWeken),
                        Monitoringsfrequentie.standaardVoor(event.acuutOnveilig()).name(), event.politiemelding())
                .update();
        nieuweRonde(event.meldingId(), 1, event.ontvangenOp(), Werkdagen.eindeVan(event.uiterlijkAfgerondOp()));
    }

    @EventHandler
    void on(MonitoringsfrequentieVastgesteld event) {
        jdbc.sql("""
                UPDATE wachtlijst_zaak SET monitoringsfrequentie = ?, monitoringsfrequentie_sinds = ?
                WHERE melding_id = ? AND (monitoringsfrequentie_sinds IS NULL OR monitoringsfrequentie_sinds <= ?)""")
                .params(event.frequentie().name(), ts(event.vastgesteldOp()), event.meldingId(),
                        ts(event.vastgesteldOp()))
                .update();
    }

    /** R5: the latest contact counts, whatever order contacts were recorded in. */
    @EventHandler
    void on(WachtcontactVastgelegd event) {
        jdbc.sql("""
                UPDATE wachtlijst_zaak SET laatste_wachtcontact_op = GREATEST(laatste_wachtcontact_op, ?)
                WHERE melding_id = ?""")
                .params(ts(event.contactOp()), event.meldingId())
                .update();
    }

    @EventHandler
    void on(TriageGestart event) {
        jdbc.sql("UPDATE wachtlijst_ronde SET triage_gestart_op = :op WHERE melding_id = :meldingId AND "
                        + RONDE_VAN_HET_MOMENT + " AND triage_gestart_op IS NULL")
                .param("op", ts(event.gestartOp()))
                .param("meldingId", event.meldingId())
                .update();
    }

    @EventHandler
    void on(TriageAfgerond event) {
        var op = event.afgerondOp();
        boolean onderzoek = event.uitkomst() == Uitkomst.ONDERZOEK;
        jdbc.sql("""
                UPDATE wachtlijst_ronde SET triage_gestart_op = COALESCE(triage_gestart_op, :op),
                    triage_afgerond_op = :op, uitkomst = :uitkomst, triage_binnen_termijn = :binnenTermijn,
                    afgesloten_op = :afgeslotenOp, onderzoek_wacht_grens = :onderzoekWachtGrens
                WHERE melding_id = :meldingId AND triage_afgerond_op IS NULL AND\s""" + RONDE_VAN_HET_MOMENT)
                .param("op", ts(op))
                .param("uitkomst", event.uitkomst().name())
                .param("binnenTermijn", event.binnenTermijn())
                .param("afgeslotenOp", event.uitkomst() == Uitkomst.AFSLUITEN ? ts(op) : null)
                .param("onderzoekWachtGrens",
                        onderzoek ? ts(Werkdagen.eindeNaWerkdagen(op, WACHTTERMIJN_WERKDAGEN)) : null)
                .param("meldingId", event.meldingId())
                .update();
    }

    @EventHandler
    void on(OnderzoekGestart event) {
        jdbc.sql("""
                UPDATE wachtlijst_ronde SET onderzoek_id = :onderzoekId, onderzoek_gestart_op = :op,
                    onderzoek_termijn_einde = :termijnEinde
                WHERE melding_id = :meldingId AND onderzoek_id IS NULL AND\s""" + RONDE_VAN_HET_MOMENT)
                .param("onderzoekId", event.onderzoekId())
                .param("op", ts(event.gestartOp()))
                .param("termijnEinde", ts(Werkdagen.eindeVan(event.uiterlijkAfgerondOp())))
                .param("meldingId", event.meldingId())
                .update();
    }

    @EventHandler
    void on(OverschrijdingGerechtvaardigd event) {
        jdbc.sql("""
                UPDATE wachtlijst_ronde SET onderzoek_verlengd_op = COALESCE(onderzoek_verlengd_op, ?),
                    onderzoek_verlengd_tot = GREATEST(onderzoek_verlengd_tot, ?)
                WHERE onderzoek_id = ?""")
                .params(ts(event.geregistreerdOp()), ts(Werkdagen.eindeVan(event.nieuweUiterlijkAfgerondOp())),
                        event.onderzoekId())
                .update();
    }

    @EventHandler
    void on(OnderzoekAfgerond event) {
        jdbc.sql("""
                UPDATE wachtlijst_ronde SET onderzoek_afgerond_op = ?, onderzoek_binnen_termijn = ?
                WHERE onderzoek_id = ? AND onderzoek_afgerond_op IS NULL""")
                .params(ts(event.afgerondOp()), event.binnenTermijn(), event.onderzoekId())
                .update();
    }

    @EventHandler
    void on(OverdrachtGedaan event) {
        jdbc.sql("""
                UPDATE wachtlijst_ronde SET overdracht_id = :overdrachtId, overdracht_gedaan_op = :op,
                    overdracht_wacht_grens = :grens
                WHERE melding_id = :meldingId AND overdracht_id IS NULL AND\s""" + RONDE_VAN_HET_MOMENT)
                .param("overdrachtId", event.overdrachtId())
                .param("op", ts(event.gedaanOp()))
                .param("grens", ts(Werkdagen.eindeNaWerkdagen(event.gedaanOp(), WACHTTERMIJN_WERKDAGEN)))
                .param("meldingId", event.meldingId())
                .update();
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijWijkteam event) {
        jdbc.sql("UPDATE wachtlijst_ronde SET geaccepteerd_op = ? WHERE overdracht_id = ? AND geaccepteerd_op IS NULL")
                .params(ts(event.sinds()), event.overdrachtId())
                .update();
    }

    /** R9: the round of the returned handover ends; a new round waits for triage from the return. */
    @EventHandler
    void on(ZaakTeruggemeldOntvangen event) {
        var terug = event.teruggemeldOp();
        jdbc.sql("UPDATE wachtlijst_ronde SET teruggemeld_op = ? WHERE overdracht_id = ? AND teruggemeld_op IS NULL")
                .params(ts(terug), event.overdrachtId())
                .update();
        jdbc.sql("UPDATE wachtlijst_zaak SET aantal_terugmeldingen = GREATEST(aantal_terugmeldingen, ?) "
                        + "WHERE melding_id = ?")
                .params(event.aantalTerugmeldingen(), event.meldingId())
                .update();
        nieuweRonde(event.meldingId(), event.aantalTerugmeldingen() + 1, terug,
                Werkdagen.eindeNaWerkdagen(terug, WACHTTERMIJN_WERKDAGEN));
    }

    private void nieuweRonde(String meldingId, int ronde, Instant wachtSinds, Instant triageTermijnEinde) {
        jdbc.sql("""
                INSERT INTO wachtlijst_ronde (melding_id, ronde, wacht_sinds, triage_termijn_einde)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(meldingId, ronde, ts(wachtSinds), ts(triageTermijnEinde))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM wachtlijst_ronde").update();
        jdbc.sql("DELETE FROM wachtlijst_zaak").update();
    }

    private static Timestamp ts(Instant moment) {
        return moment == null ? null : Timestamp.from(moment);
    }
}
