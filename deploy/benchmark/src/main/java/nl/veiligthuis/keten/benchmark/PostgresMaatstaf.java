package nl.veiligthuis.keten.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick every figure is divided by: committed single-row inserts per second on the same PostgreSQL
 * server, from as many connections as the chain uses, each insert its own durable transaction. A figure as a ratio
 * to it says how much of the machine's durable write capacity the chain needs per gezin.
 */
final class PostgresMaatstaf {

    private PostgresMaatstaf() {
    }

    static double insertsPerSeconde(String jdbcUrl, String gebruiker, String wachtwoord, int verbindingen,
                                    long millis) throws Exception {
        try (Connection beheer = DriverManager.getConnection(jdbcUrl, gebruiker, wachtwoord);
             Statement statement = beheer.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS benchmark_maatstaf");
            statement.execute("CREATE TABLE benchmark_maatstaf (id BIGSERIAL PRIMARY KEY, payload BYTEA NOT NULL)");
        }
        AtomicLong aantal = new AtomicLong();
        long einde = System.nanoTime() + millis * 1_000_000;
        List<Thread> schrijvers = new ArrayList<>();
        List<Exception> fouten = new ArrayList<>();
        byte[] payload = new byte[400];
        for (int i = 0; i < verbindingen; i++) {
            Thread schrijver = new Thread(() -> {
                try (Connection verbinding = DriverManager.getConnection(jdbcUrl, gebruiker, wachtwoord);
                     PreparedStatement insert = verbinding.prepareStatement(
                             "INSERT INTO benchmark_maatstaf (payload) VALUES (?)")) {
                    verbinding.setAutoCommit(false);
                    while (System.nanoTime() < einde) {
                        insert.setBytes(1, payload);
                        insert.executeUpdate();
                        verbinding.commit();
                        aantal.incrementAndGet();
                    }
                } catch (SQLException fout) {
                    synchronized (fouten) {
                        fouten.add(fout);
                    }
                }
            });
            schrijvers.add(schrijver);
            schrijver.start();
        }
        for (Thread schrijver : schrijvers) {
            schrijver.join();
        }
        try (Connection beheer = DriverManager.getConnection(jdbcUrl, gebruiker, wachtwoord);
             Statement statement = beheer.createStatement()) {
            statement.execute("DROP TABLE benchmark_maatstaf");
        }
        if (!fouten.isEmpty()) {
            throw fouten.get(0);
        }
        return aantal.get() * 1000.0 / millis;
    }
}
