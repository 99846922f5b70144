package nl.veiligthuis.keten.melding.gezin;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.veiligthuis.keten.platform.privacy.OpgeganeGezinnen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R21: a melding koppeled to a known gezin keeps its personal data under the key of the gezin it was first in. When
 * every melding of that first gezin went to this one, that gezin is this family and is erased with it. One whose other
 * meldingen stayed, or went elsewhere, is another family's too: it is not.
 */
@Component
class OpgegaanDoorKoppeling implements OpgeganeGezinnen {

    private final JdbcClient jdbc;

    OpgegaanDoorKoppeling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> in(String gezinId) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT DISTINCT h.eerste_gezin_id FROM melding_herkomst h
                WHERE h.gezin_id = ? AND h.eerste_gezin_id <> h.gezin_id
                  AND NOT EXISTS (SELECT 1 FROM melding_herkomst ander
                                  WHERE ander.eerste_gezin_id = h.eerste_gezin_id AND ander.gezin_id <> h.gezin_id)
                ORDER BY h.eerste_gezin_id""").param(gezinId).query(String.class).list());
    }
}
