package nl.veiligthuis.keten.wijkteam.zaak;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The signals and running terms of zaken, written by the feature projections (all in processing group
 * "zaakdossier", so they see a zaak's events in order) and read by the overview and the worklists. Every write
 * is idempotent, so a redelivered or replayed event changes nothing.
 */
@Component
public class Signalering {

    private final JdbcClient jdbc;

    public Signalering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the signal; if it is already set, it keeps its first moment. */
    public void zet(String zaakId, Signaal signaal, Instant sinds) {
        jdbc.sql("INSERT INTO zaak_signaal (zaak_id, signaal, sinds) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(zaakId, signaal.name(), Timestamp.from(sinds))
                .update();
    }

    public void hefOp(String zaakId, Signaal signaal) {
        jdbc.sql("DELETE FROM zaak_signaal WHERE zaak_id = ? AND signaal = ?").params(zaakId, signaal.name()).update();
    }

    public void zetOfHefOp(String zaakId, Signaal signaal, boolean actief, Instant sinds) {
        stel(zaakId, Map.of(signaal, actief), sinds);
    }

    /**
     * Sets the signals marked true (each keeps its first moment) and lifts those marked false, in one statement: a
     * projection that derives several signals per event pays one round trip for all of them.
     */
    public void stel(String zaakId, Map<Signaal, Boolean> signalen, Instant sinds) {
        List<String> aan = new ArrayList<>();
        List<String> uit = new ArrayList<>();
        signalen.forEach((signaal, actief) -> (actief ? aan : uit).add(signaal.name()));
        jdbc.sql("""
                WITH opgeheven AS (DELETE FROM zaak_signaal WHERE zaak_id = :zaak AND signaal = ANY(:uit))
                INSERT INTO zaak_signaal (zaak_id, signaal, sinds) SELECT :zaak, aan, :sinds FROM unnest(:aan) aan
                ON CONFLICT DO NOTHING""")
                .param("zaak", zaakId)
                .param("uit", new SqlArrayValue("varchar", uit.toArray()))
                .param("aan", new SqlArrayValue("varchar", aan.toArray()))
                .param("sinds", Timestamp.from(sinds))
                .update();
    }

    /** Sets or moves a running term; soort is the feature's own name for it (e.g. PROCESBESPREKING). */
    public void termijn(String zaakId, String soort, Instant uiterlijk) {
        jdbc.sql("""
                INSERT INTO zaak_termijn (zaak_id, soort, uiterlijk) VALUES (?, ?, ?)
                ON CONFLICT (zaak_id, soort) DO UPDATE SET uiterlijk = EXCLUDED.uiterlijk""")
                .params(zaakId, soort, Timestamp.from(uiterlijk))
                .update();
    }

    public void termijnVervalt(String zaakId, String soort) {
        jdbc.sql("DELETE FROM zaak_termijn WHERE zaak_id = ? AND soort = ?").params(zaakId, soort).update();
    }

    /** A zaak that leaves the wijkteam (returned or closed) has no running terms any more. */
    public void alleTermijnenVervallen(String zaakId) {
        jdbc.sql("DELETE FROM zaak_termijn WHERE zaak_id = ?").param(zaakId).update();
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
