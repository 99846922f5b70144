package nl.veiligthuis.keten.melding.gezin;

import nl.veiligthuis.keten.platform.privacy.Wisactie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased gezin (R21) is no longer recognised: its keyed hashes of BSN, name and date of birth go with its keys. A
 * new melding about the same people starts a new gezin.
 */
@Component
class GezinsregisterWissing implements Wisactie {

    private final JdbcClient jdbc;

    GezinsregisterWissing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void wis(String gezinId) {
        jdbc.sql("DELETE FROM gezinsregister WHERE gezin_id = ?").param(gezinId).update();
    }
}
