package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingMislukt;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal.BezorgingOnderbroken;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R6, issue 14 point 5: one round of dispatch. A due letter is claimed in a short transaction (row locked with SKIP
 * LOCKED, its attempt counted, its next attempt moved past the send's timeout, so a crash mid-send retries it later),
 * sent outside any transaction, and its outcome recorded in a second one. A failure is tried again after a wait that
 * doubles per attempt (up to an hour); after the last attempt, or when the receiver refuses the letter itself, it is
 * MISLUKT and stays visible. A letter older than {@code hoogstensOud} (14 days) that no beheerder released — made
 * before dispatch existed, or while no channel was set — is AANGEHOUDEN instead: a melder does not get a stale letter
 * unasked. Logs name the melding, never the address or the letter.
 */
public class Bezorgronde {

    private static final Logger LOG = LoggerFactory.getLogger(Bezorgronde.class);
    private static final Duration LANGSTE_WACHTTIJD = Duration.ofHours(1);
    private static final int PER_RONDE = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final EventStore eventStore;
    private final Bezorgkanaal kanaal;
    private final Contactpersoonbron contactpersonen;
    private final Clock klok;
    private final int maxPogingen;
    private final Duration eersteWachttijd;
    private final Duration claim;
    private final Duration hoogstensOud;

    public Bezorgronde(JdbcClient jdbc, TransactionTemplate transactie, EventStore eventStore, Bezorgkanaal kanaal,
                       Contactpersoonbron contactpersonen, Clock klok, int maxPogingen, Duration eersteWachttijd,
                       Duration claim, Duration hoogstensOud) {
        this.jdbc = jdbc;
        this.contactpersonen = contactpersonen;
        this.transactie = transactie;
        this.eventStore = eventStore;
        this.kanaal = kanaal;
        this.klok = klok;
        this.maxPogingen = maxPogingen;
        this.eersteWachttijd = eersteWachttijd;
        this.claim = claim;
        this.hoogstensOud = hoogstensOud;
    }

    /** Answers how many letters were attempted; none while no channel is configured (they wait, visibly). */
    public int bezorg() {
        if (!kanaal.ingesteld()) {
            return 0;
        }
        int gedaan = 0;
        while (gedaan < PER_RONDE && !Thread.currentThread().isInterrupted()) {
            Optional<Brief> brief = transactie.execute(status -> claimVolgende());
            if (brief == null || brief.isEmpty()) {
                break;
            }
            if (brief.get().aangehouden()) {
                continue;
            }
            verstuur(brief.get());
            gedaan++;
        }
        return gedaan;
    }

    private Optional<Brief> claimVolgende() {
        Instant nu = klok.instant();
        Optional<Brief> brief = jdbc.sql("""
                        SELECT bezorging_id, melding_id, moment, tekst, pogingen,
                               NOT vrijgegeven AND aangemaakt_op < ? AS te_oud
                        FROM terugkoppeling_bezorging
                        WHERE status = 'WACHTEND' AND volgende_poging_op <= ?
                        ORDER BY volgende_poging_op LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(nu.minus(hoogstensOud)), Timestamp.from(nu))
                .query(Bezorgronde::brief).optional();
        if (brief.isPresent() && brief.get().aangehouden()) {
            jdbc.sql("""
                            UPDATE terugkoppeling_bezorging SET status = 'AANGEHOUDEN',
                                   laatste_fout = 'ouder dan ' || ? || ' dagen: een beheerder beslist of hij nog gaat'
                            WHERE bezorging_id = ?""")
                    .params(hoogstensOud.toDays(), brief.get().bezorgingId()).update();
            return brief;
        }
        brief.ifPresent(geclaimd -> jdbc.sql("""
                        UPDATE terugkoppeling_bezorging SET pogingen = pogingen + 1, laatste_poging_op = ?,
                               volgende_poging_op = ? WHERE bezorging_id = ?""")
                .params(Timestamp.from(nu), Timestamp.from(nu.plus(claim)), geclaimd.bezorgingId()).update());
        return brief;
    }

    private void verstuur(Brief brief) {
        int poging = brief.pogingen() + 1;
        try {
            MeldingOntvangen melding = melding(brief.meldingId());
            // erased (R21): the encrypted fields read [gewist]; the omschrijving is always one of them
            if (Ontsleuteling.GEWIST.equals(melding.omschrijving())
                    || Ontsleuteling.GEWIST.equals(melding.melder().contact())) {
                leg(brief, BezorgingStatus.VERVALLEN, "gezin gewist (R21)", null);
                return;
            }
            // issue 14 point 5: a professional or police melder hears whom to call (R6: a citizen hears no names)
            Contactpersoon contactpersoon = melding.melder().type().hoortWieBetrokkenIs()
                    ? contactpersoon(brief, poging) : null;
            kanaal.bezorg(new Bezorgopdracht(brief.bezorgingId(), brief.meldingId(), brief.moment(), melding.melder(),
                    Contactpersoon.inBrief(brief.tekst(), contactpersoon), contactpersoon));
        } catch (BezorgingOnderbroken e) {
            // stopping is no attempt: the letter is due again at once. The flag is cleared for the update (a pool
            // refuses an interrupted thread) and set again after it, which ends the round
            Thread.interrupted();
            transactie.executeWithoutResult(status -> jdbc.sql("""
                            UPDATE terugkoppeling_bezorging SET pogingen = pogingen - 1, volgende_poging_op = ?
                            WHERE bezorging_id = ?""")
                    .params(Timestamp.from(klok.instant()), brief.bezorgingId()).update());
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            String reden = reden(e);
            boolean opgegeven = !opnieuw(e) || poging >= maxPogingen;
            leg(brief, opgegeven ? BezorgingStatus.MISLUKT : BezorgingStatus.WACHTEND, reden,
                    klok.instant().plus(wachttijd(poging)));
            LOG.warn("Terugkoppeling {} van melding {} niet bezorgd (poging {} van {}): {}", brief.bezorgingId(),
                    brief.meldingId(), poging, maxPogingen, reden);
            return;
        }
        // delivered: recorded outside the try, so a failure to record it is never taken for a failed send
        transactie.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE terugkoppeling_bezorging SET status = 'BEZORGD', bezorgd_op = ?, laatste_fout = NULL
                        WHERE bezorging_id = ?""")
                .params(Timestamp.from(klok.instant()), brief.bezorgingId()).update());
    }

    /**
     * Issue 14 point 5: whom the melder can call. Asked again with the letter in the first half of its attempts only;
     * the second half belongs to the channel. After that, or when asking cannot help, the letter goes without: the
     * contact person never costs the melder the letter.
     */
    private Contactpersoon contactpersoon(Brief brief, int poging) {
        try {
            return contactpersonen.voor(brief.meldingId(), brief.moment()).orElse(null);
        } catch (BezorgingOnderbroken e) {
            throw e;
        } catch (RuntimeException e) {
            // the first half of the attempts only (poging <= maxPogingen / 2 leaves at least one for the channel)
            if (opnieuw(e) && poging <= maxPogingen / 2) {
                throw e;
            }
            LOG.warn("Terugkoppeling {} van melding {} gaat zonder contactpersoon: {}", brief.bezorgingId(),
                    brief.meldingId(), reden(e));
            return null;
        }
    }

    /** Whether another attempt may succeed: anything but a failure the channel or source says is final. */
    private static boolean opnieuw(RuntimeException e) {
        return !(e instanceof BezorgingMislukt mislukt) || mislukt.opnieuw();
    }

    /** What the delivery shows: a channel's own reason, else only the kind of error (it may carry personal data). */
    private static String reden(RuntimeException e) {
        return afgekapt(e instanceof BezorgingMislukt ? e.getMessage() : e.getClass().getSimpleName());
    }

    private void leg(Brief brief, BezorgingStatus status, String reden, Instant volgende) {
        transactie.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE terugkoppeling_bezorging SET status = ?, laatste_fout = ?,
                               volgende_poging_op = COALESCE(?, volgende_poging_op) WHERE bezorging_id = ?""")
                .params(status.name(), reden, volgende == null ? null : Timestamp.from(volgende), brief.bezorgingId())
                .update());
    }

    /** The melding as received; its personal data decrypted with the gezin's key, [gewist] once erased. */
    private MeldingOntvangen melding(String meldingId) {
        return eventStore.readEvents(meldingId).asStream()
                .map(bericht -> bericht.getPayload())
                .filter(MeldingOntvangen.class::isInstance)
                .map(MeldingOntvangen.class::cast)
                .findFirst()
                .orElseThrow(() -> new BezorgingMislukt("melding niet gevonden", false));
    }

    private Duration wachttijd(int poging) {
        Duration wachttijd = eersteWachttijd.multipliedBy(1L << Math.min(Math.max(poging - 1, 0), 20));
        return wachttijd.compareTo(LANGSTE_WACHTTIJD) > 0 ? LANGSTE_WACHTTIJD : wachttijd;
    }

    private static String afgekapt(String reden) {
        String tekst = reden == null ? "onbekend" : reden;
        return tekst.length() > 300 ? tekst.substring(0, 300) : tekst;
    }

    private static Brief brief(ResultSet rs, int rij) throws SQLException {
        return new Brief(rs.getString("bezorging_id"), rs.getString("melding_id"),
                Moment.valueOf(rs.getString("moment")), rs.getString("tekst"), rs.getInt("pogingen"),
                rs.getBoolean("te_oud"));
    }

    /** {@code aangehouden}: too old and not released, so held instead of sent. */
    private record Brief(String bezorgingId, String meldingId, Moment moment, String tekst, int pogingen,
                         boolean aangehouden) {
    }
}
