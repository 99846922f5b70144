package nl.veiligthuis.keten.melding.gezin;

import nl.veiligthuis.keten.melding.melding.MeldingAanGezinGekoppeld;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills {@code gezinsregister} in the transaction that stores the event (a subscribing processor, see
 * {@link GezinsregisterConfiguration}), so the next melding recognises this one at once. One row per member per
 * melding: a koppeling moves exactly that melding's rows.
 */
@Component
@ProcessingGroup(GezinsregisterProjection.GROEP)
class GezinsregisterProjection {

    static final String GROEP = "gezinsregister";

    private final JdbcClient jdbc;
    private final Herkenningskenmerken kenmerken;

    GezinsregisterProjection(JdbcClient jdbc, Herkenningskenmerken kenmerken) {
        this.jdbc = jdbc;
        this.kenmerken = kenmerken;
    }

    @EventHandler
    void on(MeldingOntvangen event) {
        jdbc.sql("""
                INSERT INTO melding_herkomst (melding_id, eerste_gezin_id, gezin_id) VALUES (?, ?, ?)
                ON CONFLICT (melding_id) DO NOTHING""")
                .params(event.meldingId(), event.gezinId(), event.gezinId())
                .update();
        event.leden().forEach(lid -> jdbc.sql("""
                INSERT INTO gezinsregister (melding_id, persoon_id, gezin_id, bsn_hash, naam_hash)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (melding_id, persoon_id) DO NOTHING""")
                .params(event.meldingId(), lid.persoonId(), event.gezinId(),
                        Ontsleuteling.GEWIST.equals(lid.bsn()) ? null : kenmerken.bsn(lid.bsn()).orElse(null),
                        kenmerken.naamEnGeboortedatum(lid.voornaam(), lid.achternaam(), lid.geboortedatum()).orElse(null))
                .update());
    }

    @EventHandler
    void on(MeldingAanGezinGekoppeld event) {
        jdbc.sql("UPDATE gezinsregister SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId())
                .update();
        jdbc.sql("UPDATE melding_herkomst SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId())
                .update();
    }
}
