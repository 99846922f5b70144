package nl.veiligthuis.keten.monitoring.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
@ProcessingGroup("monitoring-overzicht")
public class MonitoringOverzichtProjection {

    private static final TypeReference<TreeMap<String, Integer>> STANDEN = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final Leesmodelversleuteling versleuteling;

    public MonitoringOverzichtProjection(JdbcClient jdbc, JsonMapper jsonMapper,
                                         Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(MonitoringGestart event) {
        jdbc.sql("""
                INSERT INTO monitoring_overzicht (monitoring_id, overdracht_id, gezin_id, status, overdracht_gedaan_op,
                    gestart_op, uiterlijk_eerste_contact_op, aantal_afgesproken_doelen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (monitoring_id) DO NOTHING""")
                .params(event.monitoringId(), event.overdrachtId(), event.gezinId(), MonitoringStatus.LOPEND.name(),
                        ts(event.overdrachtGedaanOp()), ts(event.gestartOp()), ts(event.uiterlijkEersteContactOp()),
                        event.afgesprokenDoelen())
                .update();
        for (int nummer = 1; nummer <= event.afgesprokenDoelen(); nummer++) {
            jdbc.sql("""
                    INSERT INTO monitoring_doel (monitoring_id, nummer) VALUES (?, ?)
                    ON CONFLICT (monitoring_id, nummer) DO NOTHING""")
                    .params(event.monitoringId(), nummer)
                    .update();
        }
    }

    @EventHandler
    void on(MonitoringContactVastgelegd event) {
        jdbc.sql("""
                INSERT INTO monitoring_contact (contact_id, monitoring_id, contact_op, doelen_besproken, tijdig,
                    besproken_doelen, alle_doelen_besproken)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO NOTHING""")
                .params(event.contactId(), event.monitoringId(), ts(event.contactOp()),
                        versleuteld(event.gezinId(), event.doelenBesproken()), event.tijdig(), nummers(event.besprokenDoelen()),
                        event.alleDoelenBesproken())
                .update();
        // the later of two contacts wins, whatever order they were recorded in
        for (Integer nummer : event.besprokenDoelen() == null ? List.<Integer>of() : event.besprokenDoelen()) {
            jdbc.sql("""
                    INSERT INTO monitoring_doel (monitoring_id, nummer, laatst_besproken_op) VALUES (?, ?, ?)
                    ON CONFLICT (monitoring_id, nummer) DO UPDATE SET laatst_besproken_op =
                        GREATEST(monitoring_doel.laatst_besproken_op, EXCLUDED.laatst_besproken_op)""")
                    .params(event.monitoringId(), nummer, ts(event.contactOp()))
                    .update();
        }
        jdbc.sql("""
                UPDATE monitoring_overzicht SET eerste_contact_op = LEAST(COALESCE(eerste_contact_op, ?), ?)
                WHERE monitoring_id = ?""")
                .params(ts(event.contactOp()), ts(event.contactOp()), event.monitoringId())
                .update();
    }

    @EventHandler
    void on(AntwoordWijkteamOntvangen event) {
        jdbc.sql("""
                UPDATE monitoring_contact SET wijkteam_beantwoord_op = ?, wijkteam_standen = CAST(? AS jsonb)
                WHERE contact_id = ?""")
                .params(ts(event.beantwoordOp()), jsonMapper.writeValueAsString(event.standen()), event.contactId())
                .update();
    }

    @EventHandler
    void on(MonitoringAfgerond event) {
        jdbc.sql("UPDATE monitoring_overzicht SET status = ?, afgerond_op = ? WHERE monitoring_id = ?")
                .params(MonitoringStatus.AFGEROND.name(), ts(event.afgerondOp()), event.monitoringId())
                .update();
    }

    @EventHandler
    void on(MonitoringVerlopen event) {
        jdbc.sql("UPDATE monitoring_overzicht SET status = ?, verlopen_op = ? WHERE monitoring_id = ?")
                .params(MonitoringStatus.VERLOPEN.name(), ts(event.verlopenOp()), event.monitoringId())
                .update();
    }

    /** R14, issue 14 point 8: who took the item on, and since when; the name encrypted with the gezin's key. */
    @EventHandler
    void on(WerkOpgepakt event) {
        String door = versleuteling.versleutel(event.gezinId(), event.medewerker().naam());
        if (event.contactId() == null) {
            jdbc.sql("UPDATE monitoring_overzicht SET opgepakt_door = ?, opgepakt_op = ? WHERE monitoring_id = ?")
                    .params(door, ts(event.opgepaktOp()), event.monitoringId())
                    .update();
        } else {
            jdbc.sql("UPDATE monitoring_contact SET opgepakt_door = ?, opgepakt_op = ? WHERE contact_id = ?")
                    .params(door, ts(event.opgepaktOp()), event.contactId())
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM monitoring_contact").update();
        jdbc.sql("DELETE FROM monitoring_doel").update();
        jdbc.sql("DELETE FROM monitoring_overzicht").update();
    }

    @QueryHandler
    Optional<MonitoringOverzicht> handle(HaalMonitoringOp query) {
        return jdbc.sql("SELECT * FROM monitoring_overzicht WHERE monitoring_id = ?")
                .param(query.monitoringId())
                .query(MonitoringOverzichtProjection::overzicht)
                .optional()
                .map(this::volledig);
    }

    @QueryHandler
    List<MonitoringOverzicht> handle(ZoekMonitoringen query) {
        return jdbc.sql("SELECT * FROM monitoring_overzicht WHERE gezin_id = ? ORDER BY gestart_op, monitoring_id")
                .param(query.gezinId())
                .query(MonitoringOverzichtProjection::overzicht)
                .list().stream()
                .map(this::volledig)
                .toList();
    }

    private MonitoringOverzicht volledig(MonitoringOverzicht overzicht) {
        List<MonitoringOverzicht.Doel> doelen = jdbc.sql("""
                        SELECT nummer, laatst_besproken_op FROM monitoring_doel
                        WHERE monitoring_id = ? ORDER BY nummer""")
                .param(overzicht.monitoringId())
                .query((rs, row) -> new MonitoringOverzicht.Doel(rs.getInt("nummer"),
                        rs.getTimestamp("laatst_besproken_op") != null, instant(rs, "laatst_besproken_op")))
                .list();
        List<MonitoringOverzicht.Contact> contacten = jdbc.sql("""
                        SELECT * FROM monitoring_contact WHERE monitoring_id = ? ORDER BY contact_op, contact_id""")
                .param(overzicht.monitoringId())
                .query((rs, row) -> new MonitoringOverzicht.Contact(rs.getString("contact_id"),
                        instant(rs, "contact_op"),
                        Arrays.asList((Integer[]) rs.getArray("besproken_doelen").getArray()),
                        (Boolean) rs.getObject("alle_doelen_besproken"),
                        Arrays.stream((String[]) rs.getArray("doelen_besproken").getArray())
                                .map(versleuteling::ontsleutel).toList(),
                        rs.getBoolean("tijdig"), antwoordWijkteam(rs)))
                .list();
        return overzicht.met(doelen, contacten);
    }

    private String[] versleuteld(String gezinId, List<String> waarden) {
        return waarden == null ? new String[0]
                : waarden.stream().map(waarde -> versleuteling.versleutel(gezinId, waarde)).toArray(String[]::new);
    }

    private static Integer[] nummers(List<Integer> waarden) {
        return waarden == null ? new Integer[0] : waarden.toArray(Integer[]::new);
    }

    private MonitoringOverzicht.AntwoordWijkteam antwoordWijkteam(ResultSet rs) throws SQLException {
        Instant beantwoordOp = instant(rs, "wijkteam_beantwoord_op");
        if (beantwoordOp == null) {
            return null;
        }
        String standen = rs.getString("wijkteam_standen");
        return new MonitoringOverzicht.AntwoordWijkteam(beantwoordOp,
                standen == null ? Map.of() : jsonMapper.readValue(standen, STANDEN));
    }

    private static MonitoringOverzicht overzicht(ResultSet rs, int row) throws SQLException {
        return new MonitoringOverzicht(rs.getString("monitoring_id"), rs.getString("overdracht_id"),
                rs.getString("gezin_id"), MonitoringStatus.valueOf(rs.getString("status")),
                instant(rs, "overdracht_gedaan_op"), instant(rs, "gestart_op"),
                instant(rs, "uiterlijk_eerste_contact_op"), instant(rs, "eerste_contact_op"),
                instant(rs, "afgerond_op"), instant(rs, "verlopen_op"), rs.getInt("aantal_afgesproken_doelen"),
                List.of(), List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
