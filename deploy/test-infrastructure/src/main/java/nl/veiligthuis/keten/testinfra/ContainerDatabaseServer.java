package nl.veiligthuis.keten.testinfra;

import nl.veiligthuis.keten.embedded.DatabaseServer;
import nl.veiligthuis.keten.embedded.PostgresDatabases;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container. */
record ContainerDatabaseServer(PostgreSQLContainer container) implements DatabaseServer {

    private static final int POSTGRES_PORT = 5432;

    static ContainerDatabaseServer start(String image) {
        PostgreSQLContainer container = new PostgreSQLContainer(image);
        container.start();
        return new ContainerDatabaseServer(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(POSTGRES_PORT) + "/"
                + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void createDatabaseIfAbsent(String name) {
        PostgresDatabases.createIfAbsent(jdbcUrl(container.getDatabaseName()), username(), password(), name);
    }

    @Override
    public void close() {
        container.stop();
    }
}
