package nl.veiligthuis.keten.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Issue 12 point 6: in the one-JVM run every log line names the service that wrote it. */
class DienstnaamTest {

    @Test
    void aLineNamesTheServiceOfItsThreadAndOfThreadsThatThreadCreated() throws Exception {
        ConsoleAppender<?> console = consoleVolgensLogbackSpringXml("melding-service");

        AtomicReference<String> vanDienst = new AtomicReference<>();
        AtomicReference<String> vanKindDraad = new AtomicReference<>();
        Thread dienst = new Thread(() -> {
            Dienstnaam.zet("triage-service");
            vanDienst.set(regel(console));
            Thread kind = new Thread(() -> vanKindDraad.set(regel(console)));
            kind.start();
            join(kind);
        });
        dienst.start();
        dienst.join();
        assertThat(vanDienst.get()).contains("--- [triage-service] ").doesNotContain("melding-service");
        assertThat(vanKindDraad.get()).contains("--- [triage-service] ");

        // a thread no service started: the application name, as in a service run as a process of its own
        AtomicReference<String> zonder = new AtomicReference<>();
        Thread ander = new Thread(() -> zonder.set(regel(console)));
        ander.start();
        ander.join();
        assertThat(zonder.get()).contains("--- [melding-service] ");
    }

    private static ConsoleAppender<?> consoleVolgensLogbackSpringXml(String applicatienaam) throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty("APPLICATION_NAME", applicatienaam);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(DienstnaamTest.class.getResource("/logback-spring.xml"));
        return (ConsoleAppender<?>) context.getLogger("ROOT").getAppender("CONSOLE");
    }

    @SuppressWarnings("unchecked")
    private static String regel(ConsoleAppender<?> console) {
        var encoder = (LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent>) console.getEncoder();
        LoggingEvent event = new LoggingEvent("test", ((LoggerContext) console.getContext()).getLogger("test"),
                Level.INFO, "hallo", null, null);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
