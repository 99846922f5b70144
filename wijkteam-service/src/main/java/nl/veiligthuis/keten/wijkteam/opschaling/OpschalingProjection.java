package nl.veiligthuis.keten.wijkteam.opschaling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
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
public class OpschalingProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("zaak_opschaling");

    @Bean
    static ProjectieDigest zaakdossierOpschaling() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public OpschalingProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(ZaakOpgeschaald event) {
        String gezinId = event.gezinId();
        Zichthouder zichthouder = event.zichthouder();
        opschaling(event.opschalingId()).voegToe(Rij.leeg()
                .met("zaak_id", event.zaakId())
                .met("tafel", event.tafel())
                .met("reden", event.reden())
                .met("toelichting", versleuteling.versleutel(gezinId, event.toelichting()))
                .met("zichthouder_naam", versleuteling.versleutel(gezinId, zichthouder.naam()))
                .met("zichthouder_telefoon", versleuteling.versleutel(gezinId, zichthouder.telefoon()))
                .met("zichthouder_organisatie", zichthouder.organisatie())
                .met("opgeschaald_door", versleuteling.versleutel(gezinId, event.medewerker().naam()))
                .met("opgeschaald_op", event.opgeschaaldOp()));
        signalering.zet(event.zaakId(), Signaal.OPGESCHAALD_WACHT_OP_BESLUIT, event.opgeschaaldOp());
    }

    @EventHandler
    void on(OpschalingBesloten event) {
        opschaling(event.opschalingId()).wijzig(opschaling -> opschaling
                .met("besluit", event.besluit())
                .met("besluit_toelichting", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("besloten_op", event.beslotenOp()), event.opschalingId());
        signalering.hefOp(event.zaakId(), Signaal.OPGESCHAALD_WACHT_OP_BESLUIT);
    }

    /** Partitioned by its own id: the handlers address one opschaling, never all of a zaak. */
    private Partitie opschaling(String opschalingId) {
        return leesmodel.partitie("zaak_opschaling", opschalingId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(Set.of(Signaal.OPGESCHAALD_WACHT_OP_BESLUIT));
    }

    boolean zaakBekend(String zaakId) {
        return jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(zaakId)
                .query(Long.class).single() > 0;
    }

    List<OpschalingOverzicht> vanZaak(String zaakId) {
        return jdbc.sql("SELECT * FROM zaak_opschaling WHERE zaak_id = ? ORDER BY opgeschaald_op, opschaling_id")
                .param(zaakId)
                .query((rs, row) -> overzicht(rs))
                .list();
    }

    private OpschalingOverzicht overzicht(ResultSet rs) throws SQLException {
        String besluit = rs.getString("besluit");
        Timestamp beslotenOp = rs.getTimestamp("besloten_op");
        return new OpschalingOverzicht(rs.getString("opschaling_id"), Tafel.valueOf(rs.getString("tafel")),
                RedenOpschaling.valueOf(rs.getString("reden")), versleuteling.ontsleutel(rs.getString("toelichting")),
                new Zichthouder(versleuteling.ontsleutel(rs.getString("zichthouder_naam")),
                        versleuteling.ontsleutel(rs.getString("zichthouder_telefoon")),
                        rs.getString("zichthouder_organisatie")),
                versleuteling.ontsleutel(rs.getString("opgeschaald_door")),
                rs.getTimestamp("opgeschaald_op").toInstant(), besluit == null ? null : Besluit.valueOf(besluit),
                versleuteling.ontsleutel(rs.getString("besluit_toelichting")),
                beslotenOp == null ? null : beslotenOp.toInstant());
    }
}
