package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.Timestamp;
import java.time.Clock;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** R6: a beheerder sends a held (AANGEHOUDEN) or given-up (MISLUKT) letter once more, with a fresh set of attempts. */
@Component
public class Bezorgbeheer {

    private final JdbcClient jdbc;
    private final Clock klok;

    public Bezorgbeheer(JdbcClient jdbc, Clock klok) {
        this.jdbc = jdbc;
        this.klok = klok;
    }

    @Transactional
    public void opnieuw(String bezorgingId) {
        String status = jdbc.sql("SELECT status FROM terugkoppeling_bezorging WHERE bezorging_id = ? FOR UPDATE")
                .param(bezorgingId).query(String.class).optional()
                .orElseThrow(() -> new NietGevonden("bezorging " + bezorgingId + " is niet bekend"));
        if (!BezorgingStatus.AANGEHOUDEN.name().equals(status) && !BezorgingStatus.MISLUKT.name().equals(status)) {
            throw DomeinregelDetails.weigering("R6", "bezorging " + bezorgingId + " is " + status
                    + "; alleen een AANGEHOUDEN of MISLUKTE brief gaat opnieuw");
        }
        jdbc.sql("""
                        UPDATE terugkoppeling_bezorging SET status = 'WACHTEND', pogingen = 0, laatste_fout = NULL,
                               vrijgegeven = true, volgende_poging_op = ? WHERE bezorging_id = ?""")
                .params(Timestamp.from(klok.instant()), bezorgingId).update();
    }
}
