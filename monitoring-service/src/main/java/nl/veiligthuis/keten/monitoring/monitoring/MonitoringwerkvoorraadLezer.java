package nl.veiligthuis.keten.monitoring.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R14, issue 14 point 8: reads a regio's lapsed monitoring from the monitoring overview and the involvement of
 * Veilig Thuis with the gezin (R18: the regio's VT is involved from the melding on; a gezin some regio's VT ever
 * dealt with is on that regio's list). A lapsed monitoring leaves the list with its late first contact, which is then
 * on the list until the wijkteam answers it: a contact is unanswered when the wijkteam has not answered it within
 * {@code keten.monitoring.antwoordtermijn} (14 days). Each item says who took it on, if anyone did.
 */
@Component
public class MonitoringwerkvoorraadLezer {

    private static final String IN_REGIO = """
            EXISTS (SELECT 1 FROM ketenbetrokkenheid k WHERE k.gezin_id = m.gezin_id AND lower(k.organisatie) = lower(?))""";

    private final JdbcClient jdbc;
    private final Clock klok;
    private final Duration antwoordtermijn;
    private final Leesmodelversleuteling versleuteling;

    public MonitoringwerkvoorraadLezer(JdbcClient jdbc, Clock klok,
                                       @Value("${keten.monitoring.antwoordtermijn:P14D}") Duration antwoordtermijn,
                                       Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.klok = klok;
        this.antwoordtermijn = antwoordtermijn;
        this.versleuteling = versleuteling;
    }

    /** @param metNamen whether the reader sees who took an item on (Veilig Thuis), or only that and when */
    public Monitoringwerkvoorraad voor(String regio, boolean metNamen) {
        Instant nu = klok.instant();
        var verlopen = jdbc.sql("""
                        SELECT m.monitoring_id, m.gezin_id, m.overdracht_gedaan_op, m.uiterlijk_eerste_contact_op,
                               m.verlopen_op, m.opgepakt_door, m.opgepakt_op
                        FROM monitoring_overzicht m
                        WHERE m.status = 'VERLOPEN' AND m.eerste_contact_op IS NULL AND %s
                        ORDER BY m.verlopen_op, m.monitoring_id""".formatted(IN_REGIO))
                .param(regio)
                .query((rs, rij) -> new Monitoringwerkvoorraad.Verlopen(rs.getString("monitoring_id"),
                        rs.getString("gezin_id"), moment(rs, "overdracht_gedaan_op"),
                        moment(rs, "uiterlijk_eerste_contact_op"), moment(rs, "verlopen_op"),
                        naam(rs, metNamen), moment(rs, "opgepakt_op")))
                .list();
        var onbeantwoord = jdbc.sql("""
                        SELECT c.contact_id, c.monitoring_id, m.gezin_id, c.contact_op, c.opgepakt_door, c.opgepakt_op
                        FROM monitoring_contact c JOIN monitoring_overzicht m ON m.monitoring_id = c.monitoring_id
                        WHERE c.wijkteam_beantwoord_op IS NULL AND c.contact_op < ? AND %s
                        ORDER BY c.contact_op, c.contact_id""".formatted(IN_REGIO))
                .params(Timestamp.from(nu.minus(antwoordtermijn)), regio)
                .query((rs, rij) -> new Monitoringwerkvoorraad.Onbeantwoord(rs.getString("monitoring_id"),
                        rs.getString("gezin_id"), rs.getString("contact_id"), moment(rs, "contact_op"),
                        Duration.between(moment(rs, "contact_op"), nu).toDays(),
                        naam(rs, metNamen), moment(rs, "opgepakt_op")))
                .list();
        return new Monitoringwerkvoorraad(regio, nu, verlopen, onbeantwoord);
    }

    private String naam(ResultSet rs, boolean metNamen) throws SQLException {
        return metNamen ? versleuteling.ontsleutel(rs.getString("opgepakt_door")) : null;
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp tijdstip = rs.getTimestamp(kolom);
        return tijdstip == null ? null : tijdstip.toInstant();
    }
}
