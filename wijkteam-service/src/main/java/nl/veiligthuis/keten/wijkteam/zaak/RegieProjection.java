package nl.veiligthuis.keten.wijkteam.zaak;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The regie history per zaak (R10): who held it, from when to when, and why it went to them. */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class RegieProjection {

    private final JdbcClient jdbc;

    public RegieProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keyed by the event's sequence number in the zaak, so handling it twice changes nothing. */
    @EventHandler
    void on(RegisseurToegewezen event, @SequenceNumber long volgnummer) {
        Timestamp van = Timestamp.from(event.toegewezenOp());
        jdbc.sql("UPDATE zaak_regie SET tot = ? WHERE zaak_id = ? AND tot IS NULL AND volgnummer < ?")
                .params(van, event.zaakId(), volgnummer)
                .update();
        Regisseur regisseur = event.regisseur();
        jdbc.sql("""
                INSERT INTO zaak_regie (zaak_id, volgnummer, naam, telefoon, organisatie, reden, van)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (zaak_id, volgnummer) DO NOTHING""")
                .params(event.zaakId(), volgnummer, regisseur.naam(), regisseur.telefoon(), regisseur.organisatie(),
                        event.reden(), van)
                .update();
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        jdbc.sql("UPDATE zaak_regie SET tot = ? WHERE zaak_id = ? AND tot IS NULL")
                .params(Timestamp.from(event.teruggemeldOp()), event.zaakId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM zaak_regie").update();
    }

    @QueryHandler
    Optional<Regie> handle(HaalRegieOp query) {
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?")
                .param(query.zaakId())
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        List<RegiePeriode> perioden = jdbc.sql("SELECT * FROM zaak_regie WHERE zaak_id = ? ORDER BY volgnummer")
                .param(query.zaakId())
                .query((rs, row) -> new RegiePeriode(rs.getString("naam"), rs.getString("telefoon"),
                        rs.getString("organisatie"), rs.getTimestamp("van").toInstant(),
                        rs.getTimestamp("tot") == null ? null : rs.getTimestamp("tot").toInstant(),
                        rs.getString("reden")))
                .list();
        return Optional.of(new Regie(query.zaakId(), perioden));
    }
}
