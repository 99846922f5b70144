package nl.veiligthuis.keten.triage.transactie;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the connections each thread holds at once, and remembers the most per thread: a command that takes a second
 * connection while it holds a first shows as 2 (and could deadlock the pool under a burst).
 */
class VerbindingenPerDraad extends DelegatingDataSource {

    private final ThreadLocal<int[]> open = ThreadLocal.withInitial(() -> new int[1]);
    private final Map<String, Integer> hoogste = new ConcurrentHashMap<>();

    VerbindingenPerDraad(DataSource doel) {
        super(doel);
    }

    Map<String, Integer> hoogstePerDraad() {
        return Map.copyOf(hoogste);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return geteld(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return geteld(super.getConnection(username, password));
    }

    private Connection geteld(Connection verbinding) {
        int[] teller = open.get();
        teller[0]++;
        hoogste.merge(Thread.currentThread().getName(), teller[0], Math::max);
        boolean[] gesloten = new boolean[1];
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, methode, argumenten) -> {
                    if ("close".equals(methode.getName()) && !gesloten[0]) {
                        gesloten[0] = true;
                        teller[0]--;
                    }
                    try {
                        return methode.invoke(verbinding, argumenten);
                    } catch (java.lang.reflect.InvocationTargetException fout) {
                        throw fout.getCause();
                    }
                });
    }
}
