package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class GevoegdeOverdrachtProjection {

    /** The tables this projection writes; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_gevoegde_overdracht");

    @Bean
    static ProjectieDigest zaakdossierGevoegdeOverdrachten() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;

    public GevoegdeOverdrachtProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
    }

    @EventHandler
    void on(OverdrachtBijZaakGevoegd event) {
        overdrachten(event.zaakId()).voegToe(Rij.leeg()
                .met("zaak_id", event.zaakId())
                .met("overdracht_id", event.overdrachtId())
                .met("melding_id", event.meldingId())
                .met("route", event.route())
                .met("gemeente", event.gemeente())
                .met("overdracht_dataref", event.overdrachtDataref())
                .met("status", GevoegdeOverdrachtStatus.WACHT_OP_ACCEPTATIE)
                .met("gevoegd_op", event.gevoegdOp()));
        signalering.zet(event.zaakId(), Signaal.OVERDRACHT_WACHT_OP_ACCEPTATIE, event.gevoegdOp());
    }

    @EventHandler
    void on(GevoegdeOverdrachtGeaccepteerd event) {
        wijzig(event.zaakId(), event.overdrachtId(), rij -> rij
                .met("status", GevoegdeOverdrachtStatus.GEACCEPTEERD)
                .met("geaccepteerd_op", event.geaccepteerdOp()));
    }

    @EventHandler
    void on(OverdrachtAfgesplitst event) {
        wijzig(event.zaakId(), event.overdrachtId(), rij -> rij
                .met("status", GevoegdeOverdrachtStatus.AFGESPLITST)
                .met("afgesplitst_naar", event.nieuweZaakId()));
    }

    @EventHandler
    void on(GevoegdeOverdrachtTeruggemeld event) {
        wijzig(event.zaakId(), event.overdrachtId(), rij -> rij.met("status", GevoegdeOverdrachtStatus.TERUGGEMELD));
    }

    @EventHandler
    void on(GevoegdeOverdrachtAfgesloten event) {
        wijzig(event.zaakId(), event.overdrachtId(), rij -> rij.met("status", GevoegdeOverdrachtStatus.AFGESLOTEN));
    }

    /** The signal stays while any joined handover of the zaak waits. */
    private void wijzig(String zaakId, String overdrachtId, UnaryOperator<Rij> wijziging) {
        Partitie overdrachten = overdrachten(zaakId);
        overdrachten.wijzig(wijziging, zaakId, overdrachtId);
        boolean wacht = !overdrachten.rijen(rij -> GevoegdeOverdrachtStatus.WACHT_OP_ACCEPTATIE.name()
                .equals(rij.tekst("status"))).isEmpty();
        if (!wacht) {
            signalering.hefOp(zaakId, Signaal.OVERDRACHT_WACHT_OP_ACCEPTATIE);
        }
    }

    private Partitie overdrachten(String zaakId) {
        return leesmodel.partitie("zaak_gevoegde_overdracht", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(Set.of(Signaal.OVERDRACHT_WACHT_OP_ACCEPTATIE));
    }

    public List<GevoegdeOverdrachtOverzicht> vanZaak(String zaakId) {
        return jdbc.sql("SELECT * FROM zaak_gevoegde_overdracht WHERE zaak_id = ? ORDER BY gevoegd_op, overdracht_id")
                .param(zaakId)
                .query((rs, row) -> overzicht(rs))
                .list();
    }

    private static GevoegdeOverdrachtOverzicht overzicht(ResultSet rs) throws SQLException {
        return new GevoegdeOverdrachtOverzicht(rs.getString("overdracht_id"), rs.getString("melding_id"),
                Route.valueOf(rs.getString("route")), rs.getString("gemeente"),
                GevoegdeOverdrachtStatus.valueOf(rs.getString("status")), moment(rs, "gevoegd_op"),
                moment(rs, "geaccepteerd_op"), rs.getString("afgesplitst_naar"), rs.getString("overdracht_dataref"));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
