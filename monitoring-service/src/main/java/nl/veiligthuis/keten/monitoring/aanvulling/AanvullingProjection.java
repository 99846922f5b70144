package nl.veiligthuis.keten.monitoring.aanvulling;

import java.sql.Timestamp;
import java.util.Optional;
import nl.veiligthuis.keten.platform.axon.Handelende;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The aanvullingen of each gezin, their text encrypted with the gezin's key (R21). */
@Component
@ProcessingGroup(AanvullingProjection.GROEP)
class AanvullingProjection {

    static final String GROEP = "dossieraanvulling";

    private final JdbcClient jdbc;
    private final Leesmodelversleuteling versleuteling;

    AanvullingProjection(JdbcClient jdbc, Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(AanvullingToegevoegd event, EventMessage<?> bericht) {
        Optional<Handelende> door = Handelende.van(bericht);
        Optional<Betreft> betreft = Optional.ofNullable(event.betreft());
        jdbc.sql("""
                INSERT INTO dossier_aanvulling (aanvulling_id, gezin_id, soort, persoon_id, betreft_object,
                    betreft_gegeven, tekst, toegevoegd_op, organisatie, rol)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (aanvulling_id) DO NOTHING""")
                .params(event.aanvullingId(), event.gezinId(), event.soort().name(), event.persoonId(),
                        betreft.map(Betreft::object).orElse(null), betreft.map(Betreft::gegeven).orElse(null),
                        versleuteling.versleutel(event.gezinId(), event.tekst()), Timestamp.from(event.toegevoegdOp()),
                        door.map(Handelende::organisatie).orElse(null), door.map(Handelende::rol).orElse(null))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM dossier_aanvulling").update();
    }
}
