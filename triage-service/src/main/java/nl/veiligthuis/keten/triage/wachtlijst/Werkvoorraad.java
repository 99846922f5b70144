package nl.veiligthuis.keten.triage.wachtlijst;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.Monitoringsfrequentie;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import nl.veiligthuis.keten.triage.wachtlijst.WerkvoorraadZaak.Prioriteit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R5: every case of a region that is open at VT now: waiting for or in (re)triage, waiting for or in onderzoek,
 * waiting for the overdrachtsgesprek, or handed over and waiting for acceptance. Acuut onveilige meldingen come first
 * (they are picked up at once), then the case whose term ends first. Each open case waits at VT, so each shows its
 * last wachtcontact and whether VT kept its monitoringsfrequentie (R5).
 */
@Component
public class Werkvoorraad {

    private static final Comparator<WerkvoorraadZaak> VOLGORDE =
            Comparator.comparing((WerkvoorraadZaak zaak) -> !zaak.acuutOnveilig())
                    .thenComparing(WerkvoorraadZaak::termijnEinde)
                    .thenComparing(WerkvoorraadZaak::meldingId);

    private record Rij(String meldingId, int ronde, boolean acuutOnveilig, boolean herhaalmelding,
                       int aantalTerugmeldingen, Instant ontvangenOp, Instant tienWekenEinde,
                       Monitoringsfrequentie monitoringsfrequentie, Instant wachtSinds, Instant triageTermijnEinde,
                       Instant triageGestartOp, Instant triageAfgerondOp, String uitkomst,
                       Instant onderzoekWachtGrens, Instant onderzoekGestartOp, Instant onderzoekTermijnEinde,
                       Instant onderzoekVerlengdTot, Instant onderzoekAfgerondOp, Instant overdrachtGedaanOp,
                       Instant overdrachtWachtGrens, Instant monitoringsfrequentieSinds,
                       Instant laatsteWachtcontactOp) {
    }

    private record Stand(Fase fase, Instant sinds, Instant termijnEinde) {
    }

    private final JdbcClient jdbc;

    public Werkvoorraad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<WerkvoorraadZaak> open(String regio, Instant nu) {
        return jdbc.sql("""
                        SELECT r.*, z.acuut_onveilig, z.herhaalmelding, z.aantal_terugmeldingen, z.ontvangen_op,
                            z.tien_weken_einde, z.monitoringsfrequentie, z.monitoringsfrequentie_sinds,
                            z.laatste_wachtcontact_op
                        FROM wachtlijst_ronde r JOIN wachtlijst_zaak z ON z.melding_id = r.melding_id
                        WHERE COALESCE(z.regio, 'ONBEKEND') = :regio AND r.wacht_sinds <= :nu
                            AND r.teruggemeld_op IS NULL AND r.eind_op IS NULL""")
                .param("regio", regio)
                .param("nu", Timestamp.from(nu))
                .query(Werkvoorraad::rij)
                .list().stream()
                .map(rij -> zaak(rij, nu))
                .sorted(VOLGORDE)
                .toList();
    }

    private static WerkvoorraadZaak zaak(Rij rij, Instant nu) {
        var stand = stand(rij);
        var vandaag = nu.atZone(Werkdagen.NEDERLAND).toLocalDate();
        var sindsDag = stand.sinds().atZone(Werkdagen.NEDERLAND).toLocalDate();
        var volgendWachtcontact = volgendWachtcontact(rij);
        return new WerkvoorraadZaak(rij.meldingId(), stand.fase(),
                rij.acuutOnveilig() ? Prioriteit.SPOED : Prioriteit.REGULIER, rij.acuutOnveilig(),
                rij.herhaalmelding(), rij.aantalTerugmeldingen(), rij.ontvangenOp(), stand.sinds(),
                (int) Math.max(0, Duration.between(stand.sinds(), nu).toDays()),
                Werkdagen.werkdagenTussen(sindsDag, vandaag), stand.termijnEinde(),
                !nu.isBefore(stand.termijnEinde()), rij.monitoringsfrequentie(), rij.laatsteWachtcontactOp(),
                volgendWachtcontact, volgendWachtcontact != null && !nu.isBefore(volgendWachtcontact));
    }

    /**
     * R5: an interval after the latest of the last wachtcontact, the moment the frequency was set and the start of
     * this round's wait, as the Triage aggregate counts it; a missed contact keeps the case overdue until VT has one.
     */
    private static Instant volgendWachtcontact(Rij rij) {
        if (rij.monitoringsfrequentie() == null) {
            return null;
        }
        Instant sinds = rij.wachtSinds();
        for (Instant moment : new Instant[] {rij.monitoringsfrequentieSinds(), rij.laatsteWachtcontactOp()}) {
            if (moment != null && moment.isAfter(sinds)) {
                sinds = moment;
            }
        }
        return sinds.plus(rij.monitoringsfrequentie().interval());
    }

    private static Stand stand(Rij rij) {
        if (rij.triageAfgerondOp() == null) {
            var fase = rij.triageGestartOp() != null ? Fase.IN_TRIAGE
                    : rij.ronde() > 1 ? Fase.TERUGGEMELD : Fase.WACHT_OP_TRIAGE;
            return new Stand(fase, rij.wachtSinds(), rij.triageTermijnEinde());
        }
        if (rij.overdrachtGedaanOp() != null) {
            return new Stand(Fase.WACHT_OP_ACCEPTATIE, rij.overdrachtGedaanOp(), rij.overdrachtWachtGrens());
        }
        if (!Uitkomst.ONDERZOEK.name().equals(rij.uitkomst())) {
            // OVERDRACHT_LOKAAL_VELD: the OverdrachtGedaan applied with the decision may not be projected yet
            return new Stand(Fase.WACHT_OP_ACCEPTATIE, rij.triageAfgerondOp(), Werkdagen.eindeNaWerkdagen(
                    rij.triageAfgerondOp(), WachtlijstProjection.WACHTTERMIJN_WERKDAGEN));
        }
        if (rij.onderzoekGestartOp() == null) {
            return new Stand(Fase.WACHT_OP_ONDERZOEK, rij.triageAfgerondOp(), rij.onderzoekWachtGrens());
        }
        if (rij.onderzoekAfgerondOp() == null) {
            var einde = rij.onderzoekVerlengdTot() != null ? rij.onderzoekVerlengdTot() : rij.onderzoekTermijnEinde();
            return new Stand(Fase.IN_ONDERZOEK, rij.onderzoekGestartOp(), einde);
        }
        // no term of its own: the case still counts towards the 10 weeks from receipt (measure 6)
        return new Stand(Fase.WACHT_OP_OVERDRACHTSGESPREK, rij.onderzoekAfgerondOp(), rij.tienWekenEinde());
    }

    private static Rij rij(ResultSet rs, int row) throws SQLException {
        String frequentie = rs.getString("monitoringsfrequentie");
        return new Rij(rs.getString("melding_id"), rs.getInt("ronde"), rs.getBoolean("acuut_onveilig"),
                rs.getBoolean("herhaalmelding"), rs.getInt("aantal_terugmeldingen"), instant(rs, "ontvangen_op"),
                instant(rs, "tien_weken_einde"),
                frequentie == null ? null : Monitoringsfrequentie.valueOf(frequentie), instant(rs, "wacht_sinds"),
                instant(rs, "triage_termijn_einde"), instant(rs, "triage_gestart_op"),
                instant(rs, "triage_afgerond_op"), rs.getString("uitkomst"), instant(rs, "onderzoek_wacht_grens"),
                instant(rs, "onderzoek_gestart_op"), instant(rs, "onderzoek_termijn_einde"),
                instant(rs, "onderzoek_verlengd_tot"), instant(rs, "onderzoek_afgerond_op"),
                instant(rs, "overdracht_gedaan_op"), instant(rs, "overdracht_wacht_grens"),
                instant(rs, "monitoringsfrequentie_sinds"), instant(rs, "laatste_wachtcontact_op"));
    }

    private static Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp waarde = rs.getTimestamp(kolom);
        return waarde == null ? null : waarde.toInstant();
    }
}
