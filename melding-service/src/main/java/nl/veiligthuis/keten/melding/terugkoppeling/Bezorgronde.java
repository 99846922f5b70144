package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.Melder;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingMislukt;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R6, issue 14 point 5: one round of dispatch. Each letter that is due goes in its own transaction, its row locked
 * (SKIP LOCKED), so a second instance takes other letters and a letter is never sent twice at once. A failure is
 * tried again after a wait that doubles per attempt (up to an hour); after the last attempt the letter is MISLUKT and
 * stays visible on the melding and in the operations list. Logs name the melding, never the address or the letter.
 */
public class Bezorgronde {

    private static final Logger LOG = LoggerFactory.getLogger(Bezorgronde.class);
    private static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);
    private static final int PER_RONDE = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final EventStore eventStore;
    private final Bezorgkanaal kanaal;
    private final Clock klok;
    private final int maxPogingen;
    private final Duration eersteWachttijd;

    public Bezorgronde(JdbcClient jdbc, TransactionTemplate transactie, EventStore eventStore, Bezorgkanaal kanaal,
                       Clock klok, int maxPogingen, Duration eersteWachttijd) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.eventStore = eventStore;
        this.kanaal = kanaal;
        this.klok = klok;
        this.maxPogingen = maxPogingen;
        this.eersteWachttijd = eersteWachttijd;
    }

    /** Answers how many letters were attempted; none while no channel is configured (they wait, visibly). */
    public int bezorg() {
        if (!kanaal.ingesteld()) {
            return 0;
        }
        int gedaan = 0;
        while (gedaan < PER_RONDE && Boolean.TRUE.equals(transactie.execute(status -> bezorgVolgende()))) {
            gedaan++;
        }
        return gedaan;
    }

    private boolean bezorgVolgende() {
        Instant nu = klok.instant();
        Optional<Te> te = jdbc.sql("""
                        SELECT bezorging_id, melding_id, moment, tekst, pogingen FROM terugkoppeling_bezorging
                        WHERE status = 'WACHTEND' AND volgende_poging_op <= ?
                        ORDER BY volgende_poging_op LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(nu))
                .query(Bezorgronde::te).optional();
        if (te.isEmpty()) {
            return false;
        }
        Te brief = te.get();
        int poging = brief.pogingen() + 1;
        try {
            kanaal.bezorg(new Bezorgopdracht(brief.bezorgingId(), brief.meldingId(), brief.moment(),
                    melder(brief.meldingId()), brief.tekst()));
            jdbc.sql("""
                            UPDATE terugkoppeling_bezorging SET status = 'BEZORGD', pogingen = ?, laatste_poging_op = ?,
                                   bezorgd_op = ?, laatste_fout = NULL WHERE bezorging_id = ?""")
                    .params(poging, Timestamp.from(nu), Timestamp.from(nu), brief.bezorgingId()).update();
        } catch (RuntimeException e) {
            String reden = e instanceof BezorgingMislukt ? e.getMessage() : e.getClass().getSimpleName();
            boolean opgegeven = poging >= maxPogingen;
            jdbc.sql("""
                            UPDATE terugkoppeling_bezorging SET status = ?, pogingen = ?, laatste_poging_op = ?,
                                   laatste_fout = ?, volgende_poging_op = ? WHERE bezorging_id = ?""")
                    .params(opgegeven ? BezorgingStatus.MISLUKT.name() : BezorgingStatus.WACHTEND.name(), poging,
                            Timestamp.from(nu), afgekapt(reden), Timestamp.from(nu.plus(wachttijd(poging))),
                            brief.bezorgingId())
                    .update();
            LOG.warn("Terugkoppeling {} van melding {} niet bezorgd (poging {} van {}): {}", brief.bezorgingId(),
                    brief.meldingId(), poging, maxPogingen, afgekapt(reden));
        }
        return true;
    }

    /** The melder as the melding recorded it; its contact is decrypted with the gezin's key, gone once erased. */
    private Melder melder(String meldingId) {
        return eventStore.readEvents(meldingId).asStream()
                .map(bericht -> bericht.getPayload())
                .filter(MeldingOntvangen.class::isInstance)
                .map(payload -> ((MeldingOntvangen) payload).melder())
                .findFirst()
                .orElseThrow(() -> new BezorgingMislukt("melding niet gevonden"));
    }

    private Duration wachttijd(int poging) {
        Duration wachttijd = eersteWachttijd.multipliedBy(1L << Math.min(poging - 1, 20));
        return wachttijd.compareTo(LANGSTE_WACHTTIJD) > 0 ? LANGSTE_WACHTTIJD : wachttijd;
    }

    private static String afgekapt(String reden) {
        String tekst = reden == null ? "onbekend" : reden;
        return tekst.length() > 300 ? tekst.substring(0, 300) : tekst;
    }

    private static Te te(ResultSet rs, int rij) throws SQLException {
        return new Te(rs.getString("bezorging_id"), rs.getString("melding_id"), Moment.valueOf(rs.getString("moment")),
                rs.getString("tekst"), rs.getInt("pogingen"));
    }

    private record Te(String bezorgingId, String meldingId, Moment moment, String tekst, int pogingen) {
    }
}
