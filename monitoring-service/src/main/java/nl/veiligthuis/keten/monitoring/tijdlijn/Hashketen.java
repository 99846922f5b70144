package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores timeline rows as a hash chain per gezin_id and verifies the chains (R19 tamper evidence). The chain
 * head's row lock serialises appends for one gezin_id, so consumers on different topics cannot fork a chain.
 */
@Component
class Hashketen {

    private final JdbcClient jdbc;

    Hashketen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that stores the row: the lock is held until it commits. */
    void voegToe(TijdlijnRij rij) {
        jdbc.sql("INSERT INTO tijdlijn_hashketen (gezin_id, laatste_hash, lengte) VALUES (?, NULL, 0) "
                        + "ON CONFLICT (gezin_id) DO NOTHING")
                .params(rij.gezinId()).update();
        Kop kop = jdbc.sql("SELECT laatste_hash, lengte FROM tijdlijn_hashketen WHERE gezin_id = ? FOR UPDATE")
                .params(rij.gezinId())
                .query((rs, i) -> new Kop(rs.getString("laatste_hash"), rs.getLong("lengte")))
                .single();
        long positie = kop.lengte() + 1;
        String hash = Ketenhash.hash(rij, positie, kop.laatsteHash());
        int opgeslagen = jdbc.sql("""
                INSERT INTO tijdlijn_gebeurtenis (event_id, gezin_id, type, ce_type, tijdstip, bron, actor,
                    samenvatting, causation_id, correlation_id, dataref, kafka_topic, kafka_partition, kafka_offset,
                    ontvangen_op, vorige_hash, hash, feiten)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (event_id) DO NOTHING""")
                .params(rij.eventId(), rij.gezinId(), rij.type(), rij.ceType(), Timestamp.from(rij.tijdstip()),
                        rij.bron(), rij.actor(), rij.samenvatting(), rij.causationId(), rij.correlationId(),
                        rij.dataref(), rij.kafkaTopic(), rij.kafkaPartition(), rij.kafkaOffset(),
                        Timestamp.from(rij.ontvangenOp()), kop.laatsteHash(), hash, rij.feiten())
                .update();
        if (opgeslagen == 1) {
            jdbc.sql("UPDATE tijdlijn_hashketen SET laatste_hash = ?, lengte = ? WHERE gezin_id = ?")
                    .params(hash, positie, rij.gezinId()).update();
        }
    }

    /**
     * The gezin's own chain and those of earlier gezinIds koppeled to it: every row its timeline can show. One
     * snapshot for heads and rows, so a row appended meanwhile is not taken for a head that lags.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TijdlijnVerificatie verifieer(String gezinId) {
        List<String> ketens = new ArrayList<>();
        ketens.add(gezinId);
        ketens.addAll(jdbc.sql("""
                        SELECT vorig_gezin_id FROM gezinskoppeling WHERE gezin_id = ?
                        ORDER BY bekend_op, vorig_gezin_id""")
                .params(gezinId).query(String.class).list());
        long aantal = 0;
        Afwijking eerste = null;
        for (String keten : ketens) {
            Ketencontrole controle = controleer(keten);
            aantal += controle.aantal();
            if (eerste == null) {
                eerste = controle.afwijking();
            }
        }
        return new TijdlijnVerificatie(gezinId, aantal, eerste == null, eerste);
    }

    private Ketencontrole controleer(String keten) {
        Kop kop = jdbc.sql("SELECT laatste_hash, lengte FROM tijdlijn_hashketen WHERE gezin_id = ?")
                .params(keten)
                .query((rs, i) -> new Kop(rs.getString("laatste_hash"), rs.getLong("lengte")))
                .optional().orElse(new Kop(null, 0));
        Ketencontrole controle = new Ketencontrole(keten, kop.lengte(), kop.laatsteHash());
        jdbc.sql("SELECT * FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer")
                .params(keten)
                .query((RowCallbackHandler) rs ->
                        controle.volgende(TijdlijnRij.uit(rs), rs.getString("vorige_hash"), rs.getString("hash")));
        return controle;
    }

    private record Kop(String laatsteHash, long lengte) {
    }
}
