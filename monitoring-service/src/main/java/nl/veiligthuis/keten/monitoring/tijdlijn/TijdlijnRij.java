package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One row of {@code tijdlijn_gebeurtenis} as stored, the fields its hash covers. Instants carry microseconds, as
 * PostgreSQL keeps them, so a row hashes the same before it is written and after it is read back.
 */
record TijdlijnRij(String eventId, String gezinId, String type, String ceType, Instant tijdstip, String bron,
                   String actor, String samenvatting, String causationId, String correlationId, String dataref,
                   String kafkaTopic, int kafkaPartition, long kafkaOffset, Instant ontvangenOp, String feiten) {

    TijdlijnRij {
        tijdstip = tijdstip.truncatedTo(ChronoUnit.MICROS);
        ontvangenOp = ontvangenOp.truncatedTo(ChronoUnit.MICROS);
    }

    /** A row stored before the facts were kept (hash form v1). */
    TijdlijnRij(String eventId, String gezinId, String type, String ceType, Instant tijdstip, String bron,
                String actor, String samenvatting, String causationId, String correlationId, String dataref,
                String kafkaTopic, int kafkaPartition, long kafkaOffset, Instant ontvangenOp) {
        this(eventId, gezinId, type, ceType, tijdstip, bron, actor, samenvatting, causationId, correlationId, dataref,
                kafkaTopic, kafkaPartition, kafkaOffset, ontvangenOp, null);
    }

    static TijdlijnRij uit(ResultSet rs) throws SQLException {
        return new TijdlijnRij(rs.getString("event_id"), rs.getString("gezin_id"), rs.getString("type"),
                rs.getString("ce_type"), rs.getObject("tijdstip", OffsetDateTime.class).toInstant(),
                rs.getString("bron"), rs.getString("actor"), rs.getString("samenvatting"),
                rs.getString("causation_id"), rs.getString("correlation_id"), rs.getString("dataref"),
                rs.getString("kafka_topic"), rs.getInt("kafka_partition"), rs.getLong("kafka_offset"),
                rs.getObject("ontvangen_op", OffsetDateTime.class).toInstant(), feiten(rs));
    }

    /** The Java migration that chained the first rows (2.5) runs before the column exists (2.7). */
    private static String feiten(ResultSet rs) throws SQLException {
        ResultSetMetaData kolommen = rs.getMetaData();
        for (int i = 1; i <= kolommen.getColumnCount(); i++) {
            if ("feiten".equalsIgnoreCase(kolommen.getColumnName(i))) {
                return rs.getString(i);
            }
        }
        return null;
    }
}
