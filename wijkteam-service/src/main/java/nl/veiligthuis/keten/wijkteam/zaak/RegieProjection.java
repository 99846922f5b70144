package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
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
    private final Leesmodel leesmodel;
    private final Leesmodelversleuteling versleuteling;

    public RegieProjection(JdbcClient jdbc, Leesmodel leesmodel, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.versleuteling = versleuteling;
    }

    /** Keyed by the event's sequence number in the zaak, so handling it twice changes nothing. */
    @EventHandler
    void on(RegisseurToegewezen event, @SequenceNumber long volgnummer) {
        Partitie regie = regie(event.zaakId());
        regie.wijzigAlle(periode -> periode.moment("tot") == null && periode.lang("volgnummer") < volgnummer,
                periode -> periode.met("tot", event.toegewezenOp()));
        Regisseur regisseur = event.regisseur();
        regie.voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("naam", versleuteling.versleutel(event.gezinId(), regisseur.naam()))
                .met("telefoon", versleuteling.versleutel(event.gezinId(), regisseur.telefoon()))
                .met("organisatie", regisseur.organisatie())
                .met("reden", versleuteling.versleutel(event.gezinId(), event.reden()))
                .met("van", event.toegewezenOp()));
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        regie(event.zaakId()).wijzigAlle(periode -> periode.moment("tot") == null,
                periode -> periode.met("tot", event.teruggemeldOp()));
    }

    private Partitie regie(String zaakId) {
        return leesmodel.partitie("zaak_regie", zaakId);
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
                .query((rs, row) -> new RegiePeriode(versleuteling.ontsleutel(rs.getString("naam")),
                        versleuteling.ontsleutel(rs.getString("telefoon")), rs.getString("organisatie"),
                        rs.getTimestamp("van").toInstant(),
                        rs.getTimestamp("tot") == null ? null : rs.getTimestamp("tot").toInstant(),
                        versleuteling.ontsleutel(rs.getString("reden"))))
                .list();
        return Optional.of(new Regie(query.zaakId(), perioden));
    }
}
