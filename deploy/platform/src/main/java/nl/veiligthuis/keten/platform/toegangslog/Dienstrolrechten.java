package nl.veiligthuis.keten.platform.toegangslog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, when the service runs as its own database role and not as the owner that migrates
 * (ADR 0008): that role may read and change the data of the service's tables but not their structure, and may only
 * add to and read the access log (R20). Idempotent; does nothing when one role does both.
 */
class Dienstrolrechten implements Callback {

    private final String dienstrol;

    Dienstrolrechten(String dienstrol) {
        this.dienstrol = dienstrol;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection verbinding = context.getConnection();
        try (Statement sql = verbinding.createStatement()) {
            String eigenaar = verbinding.getMetaData().getUserName();
            if (dienstrol == null || dienstrol.isBlank() || dienstrol.equals(eigenaar)) {
                return;
            }
            String rol = "\"" + dienstrol.replace("\"", "\"\"") + "\"";
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO " + rol);
            sql.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + rol);
            sql.execute("REVOKE ALL ON flyway_schema_history FROM " + rol);
            sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON toegangsregistratie FROM " + rol);
            // setval on the log's own numbering could make every new record collide
            sql.execute("REVOKE UPDATE ON SEQUENCE toegangsregistratie_volgnummer_seq FROM " + rol);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the service's database role its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "dienstrolrechten";
    }
}
