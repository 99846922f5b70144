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

    private static final String MELDING_AAN_GEZIN_GEKOPPELD = "MeldingAanGezinGekoppeld";

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
        if (MELDING_AAN_GEZIN_GEKOPPELD.equals(type)) {
            koppel(payload);
        }
    }

    /** One timeline per gezin: the koppeled melding's earlier events join the gezin's timeline. */
    private void koppel(JsonNode payload) {
        String vorig = payload.path("vorigGezinId").asString("");
        String gezin = payload.path("gezinId").asString("");
        if (vorig.isEmpty() || gezin.isEmpty() || vorig.equals(gezin)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO gezinskoppeling (vorig_gezin_id, gezin_id, melding_id, bekend_op) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(vorig, gezin, payload.path("meldingId").asString(""), Timestamp.from(klok.instant()))
                .update();
    }

    /**
     * @param bekendOp when given, the timeline as this service knew it at that moment (R19); else as known now
     */
    public GezinTijdlijn van(String gezinId, Instant bekendOp) {
        // events of a koppeled melding's earlier gezinId count from the moment the koppeling was known
        var query = jdbc.sql("""
                SELECT * FROM tijdlijn_gebeurtenis
                WHERE (gezin_id = :gezin OR gezin_id IN (SELECT vorig_gezin_id FROM gezinskoppeling
                        WHERE gezin_id = :gezin
                          AND (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR bekend_op <= :bekendOp)))
                  AND (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR ontvangen_op <= :bekendOp)
                ORDER BY volgnummer""")
                .param("gezin", gezinId)
                .param("bekendOp", bekendOp == null ? null : Timestamp.from(bekendOp));
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
