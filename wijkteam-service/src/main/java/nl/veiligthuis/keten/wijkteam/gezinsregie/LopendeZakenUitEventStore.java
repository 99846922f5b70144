package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads whether a zaak is lopend from the zaak's own committed events, never from a projection, which may lag behind
 * a zaak opened a moment ago. A zaak returned or closed by a transaction not yet committed still reads lopend; the
 * join that follows then collides with that transaction on the zaak's next sequence number and is retried.
 */
@Component
class LopendeZakenUitEventStore implements LopendeZaken {

    private final Repository<Zaak> zaken;
    private final JdbcClient jdbc;

    LopendeZakenUitEventStore(@Qualifier("zaakRepository") Repository<Zaak> zaken, JdbcClient jdbc) {
        this.zaken = zaken;
        this.jdbc = jdbc;
    }

    @Override
    public boolean lopendIn(String zaakId, String gemeente) {
        return zaken.load(zaakId).invoke(zaak -> zaak.lopend() && zaak.gemeente().equalsIgnoreCase(gemeente));
    }

    @Override
    public List<String> buitenGezinsregie(String gezinId) {
        return jdbc.sql("""
                        SELECT zaak_id FROM (
                            SELECT zaak_id, geopend_op FROM gezinsregie_voorloper WHERE gezin_id = :gezin
                            UNION
                            SELECT zaak_id, geopend_op FROM zaak_overzicht WHERE gezin_id = :gezin
                                AND status IN ('OVERDRACHT_ONTVANGEN', 'IN_BEHANDELING')) bekend
                        ORDER BY geopend_op, zaak_id""")
                .param("gezin", gezinId).query(String.class).list();
    }
}
