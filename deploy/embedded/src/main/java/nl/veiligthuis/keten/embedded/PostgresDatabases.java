package nl.veiligthuis.keten.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creates PostgreSQL databases on demand. */
public final class PostgresDatabases {

    // CREATE DATABASE cannot take a bind parameter, so names are restricted to plain identifiers
    private static final Pattern VALID_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String DUPLICATE_ROLE = "42710";
    private static final String UNIQUE_VIOLATION = "23505";

    private PostgresDatabases() {
    }

    /** Synchronized: the services of one run start at once, and each creates its database and the service role. */
    public static synchronized void createIfAbsent(String maintenanceJdbcUrl, String username, String password,
                                                   String name) {
        if (!VALID_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must match " + VALID_NAME + ": " + name);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceJdbcUrl, username, password)) {
            if (!exists(connection, name)) {
                create(connection, name);
            }
            ensureServiceRole(connection, password);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Turns any text into a valid database name prefix: lower case, other characters replaced by '_'. */
    public static String sanitize(String prefix) {
        String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "db_" + name;
        }
        return name.length() > 50 ? name.substring(0, 50) : name;
    }

    /**
     * The login role the services run as: it may use the data but owns no table, so the access log's grants bind it
     * (R20). Its password is the owner's: a development and test set-up, never production's.
     */
    private static void ensureServiceRole(Connection connection, String password) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, DatabaseServer.DIENSTROL);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create role " + DatabaseServer.DIENSTROL + " login password '"
                    + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            // made meanwhile by another connection: 42710, or 23505 when both inserted into the catalog at once
            if (!DUPLICATE_ROLE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
