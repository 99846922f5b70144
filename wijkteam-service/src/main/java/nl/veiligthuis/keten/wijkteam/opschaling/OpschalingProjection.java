package nl.veiligthuis.keten.wijkteam.opschaling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
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
    private final Signalering signalering;

    public OpschalingProjection(JdbcClient jdbc, Signalering signalering) {
        this.jdbc = jdbc;
        this.signalering = signalering;
    }

    @EventHandler
    void on(ZaakOpgeschaald event) {
        Zichthouder zichthouder = event.zichthouder();
        jdbc.sql("""
                INSERT INTO zaak_opschaling (opschaling_id, zaak_id, tafel, reden, toelichting, zichthouder_naam,
                    zichthouder_telefoon, zichthouder_organisatie, opgeschaald_door, opgeschaald_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (opschaling_id) DO NOTHING""")
                .params(event.opschalingId(), event.zaakId(), event.tafel().name(), event.reden().name(),
                        event.toelichting(), zichthouder.naam(), zichthouder.telefoon(), zichthouder.organisatie(),
                        event.medewerker().naam(), Timestamp.from(event.opgeschaaldOp()))
                .update();
        signalering.zet(event.zaakId(), Signaal.OPGESCHAALD_WACHT_OP_BESLUIT, event.opgeschaaldOp());
    }

    @EventHandler
    void on(OpschalingBesloten event) {
        jdbc.sql("UPDATE zaak_opschaling SET besluit = ?, besluit_toelichting = ?, besloten_op = ? "
                        + "WHERE opschaling_id = ?")
                .params(event.besluit().name(), event.toelichting(), Timestamp.from(event.beslotenOp()),
                        event.opschalingId())
                .update();
        signalering.hefOp(event.zaakId(), Signaal.OPGESCHAALD_WACHT_OP_BESLUIT);
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

    private static OpschalingOverzicht overzicht(ResultSet rs) throws SQLException {
        String besluit = rs.getString("besluit");
        Timestamp beslotenOp = rs.getTimestamp("besloten_op");
        return new OpschalingOverzicht(rs.getString("opschaling_id"), Tafel.valueOf(rs.getString("tafel")),
                RedenOpschaling.valueOf(rs.getString("reden")), rs.getString("toelichting"),
                new Zichthouder(rs.getString("zichthouder_naam"), rs.getString("zichthouder_telefoon"),
                        rs.getString("zichthouder_organisatie")),
                rs.getString("opgeschaald_door"), rs.getTimestamp("opgeschaald_op").toInstant(),
                besluit == null ? null : Besluit.valueOf(besluit), rs.getString("besluit_toelichting"),
                beslotenOp == null ? null : beslotenOp.toInstant());
    }
}
