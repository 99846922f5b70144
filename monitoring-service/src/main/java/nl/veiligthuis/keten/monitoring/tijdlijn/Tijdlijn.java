package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Records every integration event of the chain per gezin and reads a gezin's timeline back. */
@Component
public class Tijdlijn {

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final Clock klok;

    public Tijdlijn(JdbcClient jdbc, JsonMapper jsonMapper, Clock klok) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.klok = klok;
    }

    /** Unknown types get an entry too: the timeline must show every step, also of newer event versions (R19). */
    public void leg(KetenEvent event, Herkomst herkomst) {
        JsonNode payload = payload(event);
        String type = Gebeurtenistype.kortNaam(event.type());
        String bron = Gebeurtenistype.bron(event.source());
        jdbc.sql("""
                INSERT INTO tijdlijn_gebeurtenis (event_id, gezin_id, type, ce_type, tijdstip, bron, actor,
                    samenvatting, causation_id, correlation_id, dataref, kafka_topic, kafka_partition, kafka_offset,
                    ontvangen_op)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")
                .params(event.id(), event.subject(), type, event.type(), Timestamp.from(event.time()), bron,
                        jsonMapper.writeValueAsString(actor(payload, bron)), Samenvatting.van(type, bron, payload),
                        event.causationId(), event.correlationId(),
                        event.dataref() == null ? null : event.dataref().toString(),
                        herkomst.topic(), herkomst.partition(), herkomst.offset(), Timestamp.from(klok.instant()))
                .update();
    }

    /**
     * @param bekendOp when given, the timeline as this service knew it at that moment (R19); else as known now
     */
    public GezinTijdlijn van(String gezinId, Instant bekendOp) {
        var query = bekendOp == null
                ? jdbc.sql("SELECT * FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer")
                        .param(gezinId)
                : jdbc.sql("""
                        SELECT * FROM tijdlijn_gebeurtenis WHERE gezin_id = ? AND ontvangen_op <= ?
                        ORDER BY volgnummer""")
                        .params(gezinId, Timestamp.from(bekendOp));
        List<TijdlijnGebeurtenis> inOntvangstvolgorde = query
                .query((rs, row) -> new TijdlijnGebeurtenis(rs.getString("type"),
                        rs.getTimestamp("tijdstip").toInstant(), rs.getString("bron"),
                        jsonMapper.readTree(rs.getString("actor")), rs.getString("samenvatting"),
                        rs.getString("event_id"), rs.getString("ce_type"), rs.getString("dataref"),
                        rs.getString("causation_id")))
                .list();
        return new GezinTijdlijn(gezinId, TijdlijnVolgorde.causaal(inOntvangstvolgorde));
    }

    private JsonNode payload(KetenEvent event) {
        try {
            JsonNode tree = jsonMapper.readTree(event.data());
            return tree == null ? jsonMapper.createObjectNode() : tree;
        } catch (JacksonException e) {
            return jsonMapper.createObjectNode();
        }
    }

    private JsonNode actor(JsonNode payload, String bron) {
        JsonNode actor = payload.path("actor");
        if (actor.isObject()) {
            return actor;
        }
        ObjectNode standaard = jsonMapper.createObjectNode();
        standaard.put("organisatie", bron);
        return standaard;
    }
}
