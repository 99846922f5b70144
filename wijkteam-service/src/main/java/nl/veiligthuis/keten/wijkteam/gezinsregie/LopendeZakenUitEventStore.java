package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads whether a zaak is lopend from the zaak's own events, never from a projection, which may lag behind a zaak
 * opened a moment ago; loaded in the caller's unit of work, so it sees the zaak as the event store has it now.
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
    public boolean lopend(String zaakId) {
        return zaken.load(zaakId).invoke(Zaak::lopend);
    }

    @Override
    public List<String> vanVoorGezinsregie(String gezinId) {
        return jdbc.sql("SELECT zaak_id FROM gezinsregie_voorloper WHERE gezin_id = ? ORDER BY geopend_op, zaak_id")
                .param(gezinId).query(String.class).list();
    }
}
