package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Records every integration event of the chain per gezin and reads a gezin's timeline back. */
@Component
public class Tijdlijn {

    /** As the events' schemas bound {@code actor.subject}. */
    private static final int MAX_SUBJECT = 255;

    private static final String MELDING_AAN_GEZIN_GEKOPPELD = "MeldingAanGezinGekoppeld";

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final Clock klok;
    private final Hashketen hashketen;

    public Tijdlijn(JdbcClient jdbc, JsonMapper jsonMapper, Clock klok, Hashketen hashketen) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.klok = klok;
        this.hashketen = hashketen;
    }

    /**
     * Unknown types get an entry too: the timeline must show every step, also of newer event versions (R19).
     * Mandatory transaction: the chain head stays locked until the entry is committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leg(KetenEvent event, Herkomst herkomst) {
        JsonNode payload = payload(event);
        TijdlijnRij rij = rij(event, payload, herkomst);
        hashketen.voegToe(rij);
        if (MELDING_AAN_GEZIN_GEKOPPELD.equals(rij.type())) {
            koppel(payload);
        }
    }

    /** The entry {@link #leg} stores for this event; a herbouw makes its rows the same way. */
    TijdlijnRij rij(KetenEvent event, Herkomst herkomst) {
        return rij(event, payload(event), herkomst);
    }

    private TijdlijnRij rij(KetenEvent event, JsonNode payload, Herkomst herkomst) {
        String type = Gebeurtenistype.kortNaam(event.type());
        String bron = Gebeurtenistype.bron(event.source());
        return new TijdlijnRij(event.id(), event.subject(), type, event.type(), event.time(), bron,
                jsonMapper.writeValueAsString(actor(payload, bron)), Samenvatting.van(type, bron, payload),
                event.causationId(), event.correlationId(),
                event.dataref() == null ? null : event.dataref().toString(),
                herkomst.topic(), herkomst.partition(), herkomst.offset(), klok.instant(), feiten(payload));
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
     * One page of the gezin's timeline as {@code vraag} asks. The causal order is made in Java over every entry
     * known at {@code bekendOp}; only then are the filters and the page applied, so an entry keeps its place
     * relative to the others whatever is filtered out. Each page therefore reads and orders the gezin's whole
     * timeline: O(n log n) for n entries of the gezin, fine for the thousands a gezin has, not for millions.
     */
    public GezinTijdlijn van(String gezinId, TijdlijnVraag vraag) {
        List<TijdlijnGebeurtenis> gefilterd = TijdlijnVolgorde.causaal(inOntvangstvolgorde(gezinId, vraag.bekendOp()))
                .stream().filter(vraag::laatZien).toList();
        long eerste = Math.min((long) vraag.pagina() * vraag.grootte(), gefilterd.size());
        long laatste = Math.min(eerste + vraag.grootte(), gefilterd.size());
        return new GezinTijdlijn(gezinId, gefilterd.subList((int) eerste, (int) laatste), vraag.pagina(),
                vraag.grootte(), gefilterd.size(), null);
    }

    /** The gezin's whole timeline in causal order, as known at {@code bekendOp} (null: now). */
    public List<TijdlijnGebeurtenis> alles(String gezinId, Instant bekendOp) {
        return TijdlijnVolgorde.causaal(inOntvangstvolgorde(gezinId, bekendOp));
    }

    /**
     * Every gezin known at {@code bekendOp} (null: now) with its own timeline: a gezinId koppeled into another gezin
     * by then is part of that gezin's timeline, not a gezin of its own.
     */
    public List<String> gezinnen(Instant bekendOp) {
        return jdbc.sql("""
                SELECT DISTINCT t.gezin_id FROM tijdlijn_gebeurtenis t
                WHERE (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR t.ontvangen_op <= :bekendOp)
                  AND NOT EXISTS (SELECT 1 FROM gezinskoppeling k WHERE k.vorig_gezin_id = t.gezin_id
                      AND (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR k.bekend_op <= :bekendOp))
                ORDER BY t.gezin_id""")
                .param("bekendOp", bekendOp == null ? null : Timestamp.from(bekendOp))
                .query(String.class).list();
    }

    /** Events of a koppeled melding's earlier gezinId count from the moment the koppeling was known. */
    private List<TijdlijnGebeurtenis> inOntvangstvolgorde(String gezinId, Instant bekendOp) {
        Timestamp bekend = bekendOp == null ? null : Timestamp.from(bekendOp);
        List<String> ketens = new ArrayList<>();
        ketens.add(gezinId);
        ketens.addAll(jdbc.sql("""
                SELECT vorig_gezin_id FROM gezinskoppeling WHERE gezin_id = :gezin
                  AND (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR bekend_op <= :bekendOp)""")
                .param("gezin", gezinId).param("bekendOp", bekend).query(String.class).list());
        // an IN list, not "= :gezin OR IN (subquery)": PostgreSQL answers that OR with a scan of the whole table
        return jdbc.sql("""
                SELECT * FROM tijdlijn_gebeurtenis
                WHERE gezin_id IN (:ketens)
                  AND (CAST(:bekendOp AS TIMESTAMP WITH TIME ZONE) IS NULL OR ontvangen_op <= :bekendOp)
                ORDER BY volgnummer""")
                .param("ketens", ketens)
                .param("bekendOp", bekend)
                .query((rs, row) -> new TijdlijnGebeurtenis(rs.getString("type"),
                        rs.getTimestamp("tijdstip").toInstant(), rs.getString("bron"),
                        actor(rs.getString("actor")), rs.getString("samenvatting"),
                        rs.getString("event_id"), rs.getString("ce_type"), rs.getString("dataref"),
                        rs.getString("causation_id"), feiten(rs.getString("feiten"))))
                .list();
    }

    private JsonNode payload(KetenEvent event) {
        try {
            JsonNode tree = jsonMapper.readTree(event.data());
            return tree == null ? jsonMapper.createObjectNode() : tree;
        } catch (JacksonException e) {
            return jsonMapper.createObjectNode();
        }
    }

    /**
     * The payload without its actor: what the step decided, as codes, counts, dates and pseudonymous ids (the
     * topics carry no personal data, architecture D3). Null for a payload that is not a JSON object.
     */
    private String feiten(JsonNode payload) {
        if (!(payload instanceof ObjectNode object) || object.isEmpty()) {
            return null;
        }
        ObjectNode feiten = object.deepCopy();
        feiten.remove("actor");
        return jsonMapper.writeValueAsString(feiten);
    }

    /**
     * Only role, organisation and the pseudonymous subject are kept: whatever else a producer put in its actor (a
     * name) is not a timeline fact.
     */
    private JsonNode actor(JsonNode payload, String bron) {
        JsonNode actor = payload.path("actor");
        ObjectNode opgeslagen = jsonMapper.createObjectNode();
        if (actor.path("rol").isString()) {
            opgeslagen.put("rol", actor.path("rol").asString());
        }
        opgeslagen.put("organisatie", actor.path("organisatie").isString()
                ? actor.path("organisatie").asString() : bron);
        String subject = actor.path("subject").isString() ? actor.path("subject").asString() : "";
        if (!subject.isBlank() && subject.length() <= MAX_SUBJECT) {
            opgeslagen.put("subject", subject);
        }
        return opgeslagen;
    }

    private JsonNode feiten(String opgeslagen) {
        return opgeslagen == null ? null : jsonMapper.readTree(opgeslagen);
    }

    /** Rows stored before only role and organisation were kept may hold more: it is not shown. */
    private Actor actor(String opgeslagen) {
        JsonNode actor = jsonMapper.readTree(opgeslagen);
        return new Actor(actor.path("rol").isString() ? actor.path("rol").asString() : null,
                actor.path("organisatie").isString() ? actor.path("organisatie").asString() : null,
                actor.path("subject").isString() ? actor.path("subject").asString() : null);
    }
}
