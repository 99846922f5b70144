package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registered involvements (R18) as a table, so entitlement and matches are one query with the derived ones. */
@Component
@ProcessingGroup(BetrokkenheidConfiguration.GROEP)
class BetrokkenheidProjection {

    private final JdbcClient jdbc;

    BetrokkenheidProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BetrokkenheidGeregistreerd event) {
        jdbc.sql("""
                INSERT INTO betrokkenheid_registratie (betrokkenheid_id, gezin_id, persoon_id, organisatie, rol,
                    reden, sinds, beeindigd_op, team)
                VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
                ON CONFLICT (betrokkenheid_id) DO UPDATE SET rol = EXCLUDED.rol, reden = EXCLUDED.reden,
                    sinds = EXCLUDED.sinds, beeindigd_op = NULL""")
                .params(event.betrokkenheidId(), event.gezinId(), event.persoonId(), event.organisatie(),
                        event.rol(), event.reden().name(), Timestamp.from(event.geregistreerdOp()), event.team())
                .update();
    }

    @EventHandler
    void on(BetrokkenheidBeeindigd event) {
        jdbc.sql("UPDATE betrokkenheid_registratie SET beeindigd_op = ? WHERE betrokkenheid_id = ?")
                .params(Timestamp.from(event.beeindigdOp()), event.betrokkenheidId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM betrokkenheid_registratie").update();
    }
}
