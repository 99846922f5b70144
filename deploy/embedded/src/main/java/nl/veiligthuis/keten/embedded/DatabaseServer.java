package nl.veiligthuis.keten.embedded;

/** A running PostgreSQL server, embedded or in a container. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl(String database);

    String username();

    String password();

    void createDatabaseIfAbsent(String name);

    @Override
    void close();
}
