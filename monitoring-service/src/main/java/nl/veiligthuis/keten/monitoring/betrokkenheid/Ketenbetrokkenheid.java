package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R18: the involvement that follows from the chain's own events. Runs inside the consumer's transaction; an event
 * it cannot place (no gezin, no organisation) is skipped, so the timeline entry of the same record is still stored.
 *
 * <ul>
 *   <li>Veilig Thuis of the melding's regio from melding-ontvangen or triage-geopend, until a handover after triage
 *   (the wijkteam takes over) or the end of VT's monitoring after an onderzoek; a new melding makes it involved
 *   again.</li>
 *   <li>The wijkteam that accepted a handover, from overdracht-geaccepteerd, and a tafel that decided on an
 *   opschaling, from opschaling-besloten; both until the last of its zaken for the gezin is closed (a wijkteam
 *   holds two at once after a reasoned split, R10).</li>
 * </ul>
 */
@Component
public class Ketenbetrokkenheid {

    static final String PREFIX = "nl.veilig-thuis.keten.";
    static final String VEILIG_THUIS = "VEILIG_THUIS";
    static final String WIJKTEAM = "WIJKTEAM";

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final Clock klok;

    public Ketenbetrokkenheid(JdbcClient jdbc, JsonMapper jsonMapper, Clock klok) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.klok = klok;
    }

    public void verwerk(KetenEvent event) {
        if (event.type() == null || !event.type().startsWith(PREFIX)) {
            return;
        }
        String type = event.type().substring(PREFIX.length());
        JsonNode payload = payload(event);
        String gezinId = payload.path("gezinId").asString(event.subject());
        if (gezinId == null || gezinId.isBlank()) {
            return;
        }
        switch (type) {
            case "melding.melding-ontvangen.v1", "triage.triage-geopend.v1" ->
                    begin(gezinId, payload.path("regio").asString("Veilig Thuis"), Grond.MELDING, VEILIG_THUIS, null,
                            null, moment(payload, event, "ontvangenOp", "geopendOp"));
            case "triage.overdracht-gedaan.v1" -> {
                if ("NA_TRIAGE".equals(payload.path("route").asString(""))) {
                    eindig(gezinId, Grond.MELDING, moment(payload, event, "overdrachtGedaanOp"));
                }
            }
            case "monitoring.monitoring-afgerond.v1" ->
                    eindig(gezinId, Grond.MELDING, moment(payload, event, "afgerondOp"));
            case "wijkteam.overdracht-geaccepteerd.v1" ->
                    begin(gezinId, organisatie(payload), Grond.OVERDRACHT, WIJKTEAM,
                            payload.path("zaakId").asString(null), payload.path("team").asString(null),
                            moment(payload, event, "geaccepteerdOp"));
            case "wijkteam.opschaling-besloten.v1" ->
                    begin(gezinId, organisatie(payload), Grond.OPSCHALING, payload.path("tafel").asString("TAFEL"),
                            payload.path("zaakId").asString(null), null, moment(payload, event, "beslotenOp"));
            // issue 14 point 10: the zaak moved with the gezin; the wijkteam that took it over is involved from
            // then, the one it left no longer through this zaak
            case "wijkteam.zaak-verhuisd.v1" -> {
                String zaakId = payload.path("zaakId").asString("");
                Instant op = moment(payload, event, "overgedragenOp");
                eindigZaak(gezinId, zaakId, op);
                begin(gezinId, organisatie(payload), Grond.OVERDRACHT, WIJKTEAM, zaakId.isBlank() ? null : zaakId,
                        payload.path("naarTeam").asString(null), op);
            }
            case "wijkteam.zaak-afgesloten.v1" ->
                    eindigZaak(gezinId, payload.path("zaakId").asString(""), moment(payload, event, "afgeslotenOp"));
            default -> {
                // no involvement starts or ends by this event
            }
        }
    }

    /** @param team the team that accepted the zaak, or {@code null}: then the whole organisation is involved */
    private void begin(String gezinId, String organisatie, Grond grond, String rol, String zaakId, String team,
                       Instant sinds) {
        if (organisatie == null || organisatie.isBlank()) {
            return;
        }
        // involved again after it ended: a new period; still involved: the first moment stays
        jdbc.sql("""
                INSERT INTO ketenbetrokkenheid (gezin_id, organisatie, grond, rol, zaak_id, sinds, beeindigd_op, teams,
                                                lopende_zaken)
                VALUES (:gezin, :organisatie, :grond, :rol, :zaak, :sinds, NULL,
                        array_remove(ARRAY[CAST(:team AS text)], NULL), array_remove(ARRAY[CAST(:zaak AS text)], NULL))
                ON CONFLICT (gezin_id, organisatie, grond) DO UPDATE SET
                    -- a second team's zaak adds that team; one without a team opens it to the whole organisation
                    -- involved again after it ended: the teams of the new period only
                    teams = CASE WHEN ketenbetrokkenheid.beeindigd_op IS NOT NULL THEN EXCLUDED.teams
                                 WHEN cardinality(ketenbetrokkenheid.teams) = 0 OR cardinality(EXCLUDED.teams) = 0
                                 THEN '{}'::text[]
                                 ELSE ARRAY(SELECT DISTINCT unnest(ketenbetrokkenheid.teams || EXCLUDED.teams)) END,
                    sinds = CASE WHEN ketenbetrokkenheid.beeindigd_op IS NULL THEN ketenbetrokkenheid.sinds
                                 ELSE EXCLUDED.sinds END,
                    zaak_id = COALESCE(EXCLUDED.zaak_id, ketenbetrokkenheid.zaak_id),
                    -- every zaak of the organisation for the gezin, until each is closed (R10: a reasoned split)
                    lopende_zaken = CASE WHEN ketenbetrokkenheid.beeindigd_op IS NOT NULL THEN EXCLUDED.lopende_zaken
                                         ELSE ARRAY(SELECT DISTINCT unnest(ketenbetrokkenheid.lopende_zaken
                                                                           || EXCLUDED.lopende_zaken)) END,
                    rol = EXCLUDED.rol,
                    beeindigd_op = NULL""")
                .param("gezin", gezinId).param("organisatie", organisatie).param("grond", grond.name())
                .param("rol", rol).param("zaak", zaakId).param("sinds", Timestamp.from(sinds))
                .param("team", team == null || team.isBlank() ? null : team.strip())
                .update();
    }

    private void eindig(String gezinId, Grond grond, Instant op) {
        jdbc.sql("""
                UPDATE ketenbetrokkenheid SET beeindigd_op = ?
                WHERE gezin_id = ? AND grond = ? AND beeindigd_op IS NULL""")
                .params(Timestamp.from(op), gezinId, grond.name())
                .update();
    }

    /** The involvement through this zaak ends; the organisation stays involved while another zaak of it runs. */
    private void eindigZaak(String gezinId, String zaakId, Instant op) {
        if (zaakId.isBlank()) {
            return;
        }
        jdbc.sql("""
                UPDATE ketenbetrokkenheid SET lopende_zaken = array_remove(lopende_zaken, CAST(:zaak AS text)),
                    beeindigd_op = CASE WHEN cardinality(array_remove(lopende_zaken, CAST(:zaak AS text))) = 0
                                        THEN CAST(:op AS TIMESTAMP WITH TIME ZONE) END
                WHERE gezin_id = :gezin AND CAST(:zaak AS text) = ANY(lopende_zaken) AND beeindigd_op IS NULL""")
                .param("zaak", zaakId).param("op", Timestamp.from(op)).param("gezin", gezinId)
                .update();
    }

    private static String organisatie(JsonNode payload) {
        return payload.path("actor").path("organisatie").asString(null);
    }

    private Instant moment(JsonNode payload, KetenEvent event, String... velden) {
        for (String veld : velden) {
            try {
                String tekst = payload.path(veld).asString("");
                if (!tekst.isBlank()) {
                    return Instant.parse(tekst);
                }
            } catch (DateTimeParseException e) {
                // fall back to the event's own time
            }
        }
        return event.time() == null ? klok.instant() : event.time();
    }

    private JsonNode payload(KetenEvent event) {
        try {
            JsonNode payload = jsonMapper.readTree(event.data());
            return payload == null ? jsonMapper.createObjectNode() : payload;
        } catch (JacksonException e) {
            return jsonMapper.createObjectNode();
        }
    }
}
