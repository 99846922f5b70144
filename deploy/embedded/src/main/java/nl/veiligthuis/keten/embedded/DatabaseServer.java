package nl.veiligthuis.keten.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/** A running PostgreSQL server, embedded or in a container. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl(String database);

    /** The login role the services run as; it owns nothing (docs/security.md). */
    String DIENSTROL = "keten_dienst";

    /** The owner: creates databases and migrates them. */
    String username();

    String password();

    /** The role the services run as, created with the database; its password is the owner's (development only). */
    default String dienstgebruiker() {
        return DIENSTROL;
    }

    default String dienstwachtwoord() {
        return password();
    }

    void createDatabaseIfAbsent(String name);

    /**
     * A service's Spring properties for one of this server's databases: it runs as {@link #dienstgebruiker()} and
     * migrates as the owner, so the database's grants bind it (docs/security.md).
     */
    default Map<String, Object> springEigenschappen(String jdbcUrl) {
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("spring.datasource.url", jdbcUrl);
        eigenschappen.put("spring.datasource.username", dienstgebruiker());
        eigenschappen.put("spring.datasource.password", dienstwachtwoord());
        eigenschappen.put("spring.flyway.user", username());
        eigenschappen.put("spring.flyway.password", password());
        return eigenschappen;
    }

    @Override
    void close();
}
