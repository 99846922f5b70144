package nl.veiligthuis.keten.platform.toegangslog;

import nl.veiligthuis.keten.platform.beveiliging.Ontwikkelmodus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At start: the access log's grants bind only a service that runs as a role that owns nothing (ADR 0008). A
 * superuser passes every grant and can switch the trigger off, so outside the development mode a service refuses to
 * run as one; as the tables' owner it warns, since then only the trigger guards the log.
 */
final class Dienstrolcontrole {

    private static final Logger LOG = LoggerFactory.getLogger(Dienstrolcontrole.class);

    private Dienstrolcontrole() {
    }

    static void bewaak(JdbcTemplate jdbc, Environment omgeving) {
        Boolean superuser = jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                Boolean.class);
        Boolean eigenaar = jdbc.queryForObject(
                "SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'toegangsregistratie'",
                Boolean.class);
        if (Boolean.TRUE.equals(superuser) && !Ontwikkelmodus.aan(omgeving)) {
            throw new IllegalStateException("This service connects to PostgreSQL as a superuser, which no grant binds: "
                    + "run it as a role that owns nothing (spring.datasource.username) and migrate as the owner "
                    + "(spring.flyway.user); docs/security.md, ADR 0008");
        }
        if (Boolean.TRUE.equals(superuser) || Boolean.TRUE.equals(eigenaar)) {
            LOG.warn("This service runs as the owner of its tables: only a trigger keeps the access log append-only. "
                    + "Run it as a role that owns nothing and migrate as the owner (spring.flyway.user); ADR 0008.");
        }
    }
}
