package nl.veiligthuis.keten.systeem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veiligthuis.keten.platform.logging.Dienstnaam;
import nl.veiligthuis.keten.platform.tijd.Klok;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services started in one JVM, each in its own Spring context with its own database, port and
 * configuration file, all on one Kafka cluster. Used by the run command and by the end-to-end tests; in
 * production each service runs as its own process with the same configuration keys.
 */
public final class KetenSysteem implements AutoCloseable {

    private final Map<Dienst, ConfigurableApplicationContext> contexten = new EnumMap<>(Dienst.class);

    private KetenSysteem() {
    }

    /**
     * @param eigenschappen per service the properties that override its configuration file (datasource, Kafka,
     *                      port); services start in parallel because each start is mostly waiting
     */
    public static KetenSysteem start(Function<Dienst, Map<String, Object>> eigenschappen) {
        var systeem = new KetenSysteem();
        List<Thread> starters = new ArrayList<>();
        List<RuntimeException> fouten = new ArrayList<>();
        for (Dienst dienst : Dienst.values()) {
            Thread starter = new Thread(() -> {
                // every thread the service's start creates inherits it: its log lines name the service
                Dienstnaam.zet(dienst.naam());
                try {
                    // as arguments: they must win over the service's own configuration file
                    String[] argumenten = eigenschappen.apply(dienst).entrySet().stream()
                            .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
                    // no shutdown hook per service: whoever started the system closes it, services before the
                    // broker and the database they use (KetenLauncher)
                    var context = dienst.builder().listeners(new LoggingInitialisatieOpVolgorde())
                            .registerShutdownHook(false).run(argumenten);
                    synchronized (systeem.contexten) {
                        systeem.contexten.put(dienst, context);
                    }
                } catch (RuntimeException e) {
                    synchronized (fouten) {
                        fouten.add(new IllegalStateException(dienst.naam() + " did not start", e));
                    }
                }
            }, "start-" + dienst.naam());
            starters.add(starter);
            starter.start();
        }
        for (Thread starter : starters) {
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the chain", e);
            }
        }
        if (!fouten.isEmpty()) {
            systeem.close();
            throw fouten.get(0);
        }
        return systeem;
    }

    public int poort(Dienst dienst) {
        return ((WebServerApplicationContext) contexten.get(dienst)).getWebServer().getPort();
    }

    public Klok klok(Dienst dienst) {
        return contexten.get(dienst).getBean(Klok.class);
    }

    public <T> T bean(Dienst dienst, Class<T> type) {
        return contexten.get(dienst).getBean(type);
    }

    /**
     * Stops the four services at once: each finishes its requests in flight, its listeners' records and its
     * processors' batches, each in its own transaction, so the order between services does not matter (what one has
     * not consumed yet stays on Kafka). In parallel the stop takes as long as the slowest service, not the sum.
     */
    @Override
    public void close() {
        List<Thread> stoppers = new ArrayList<>();
        for (Dienst dienst : Dienst.values()) {
            ConfigurableApplicationContext context;
            synchronized (contexten) {
                context = contexten.remove(dienst);
            }
            if (context != null) {
                Thread stopper = new Thread(() -> {
                    Dienstnaam.zet(dienst.naam());
                    context.close();
                }, "stop-" + dienst.naam());
                stoppers.add(stopper);
                stopper.start();
            }
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
