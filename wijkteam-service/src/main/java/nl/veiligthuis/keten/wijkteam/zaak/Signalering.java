package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signals and running terms of zaken, written by the feature projections (all in processing group
 * "zaakdossier", so they see a zaak's events in order) through the {@link Leesmodel}, and read by the overview and
 * the worklists. Every write is idempotent, so a redelivered or replayed event changes nothing.
 */
@Component
public class Signalering {

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;

    public Signalering(JdbcClient jdbc, Leesmodel leesmodel) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
    }

    /** Sets the signal; if it is already set, it keeps its first moment. */
    public void zet(String zaakId, Signaal signaal, Instant sinds) {
        signalen(zaakId).voegToe(Rij.leeg().met("signaal", signaal).met("sinds", sinds));
    }

    public void hefOp(String zaakId, Signaal signaal) {
        signalen(zaakId).verwijder(zaakId, signaal.name());
    }

    public void zetOfHefOp(String zaakId, Signaal signaal, boolean actief, Instant sinds) {
        if (actief) {
            zet(zaakId, signaal, sinds);
        } else {
            hefOp(zaakId, signaal);
        }
    }

    /** Sets the signals marked true (each keeps its first moment) and lifts those marked false. */
    public void stel(String zaakId, Map<Signaal, Boolean> signalen, Instant sinds) {
        signalen.forEach((signaal, actief) -> zetOfHefOp(zaakId, signaal, actief, sinds));
    }

    /** Sets or moves a running term; soort is the feature's own name for it (e.g. PROCESBESPREKING). */
    public void termijn(String zaakId, String soort, Instant uiterlijk) {
        termijnen(zaakId).schrijf(Rij.leeg().met("soort", soort).met("uiterlijk", uiterlijk));
    }

    public void termijnVervalt(String zaakId, String soort) {
        termijnen(zaakId).verwijder(zaakId, soort);
    }

    /** A zaak that leaves the wijkteam (returned or closed) has no running terms any more. */
    public void alleTermijnenVervallen(String zaakId) {
        termijnen(zaakId).verwijderAlle(termijn -> true);
    }

    private Partitie signalen(String zaakId) {
        return leesmodel.partitie("zaak_signaal", zaakId);
    }

    private Partitie termijnen(String zaakId) {
        return leesmodel.partitie("zaak_termijn", zaakId);
    }

    /** For a projection's reset handler: forgets only the signals that projection owns. */
    public void vergeet(Collection<Signaal> signalen) {
        if (!signalen.isEmpty()) {
            jdbc.sql("DELETE FROM zaak_signaal WHERE signaal IN (:signalen)")
                    .param("signalen", signalen.stream().map(Enum::name).toList())
                    .update();
        }
    }

    /** For a projection's reset handler: forgets only the terms that projection owns. */
    public void vergeetTermijnen(Collection<String> soorten) {
        if (!soorten.isEmpty()) {
            jdbc.sql("DELETE FROM zaak_termijn WHERE soort IN (:soorten)").param("soorten", soorten).update();
        }
    }
}
