package nl.veiligthuis.keten.testinfra;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;

/**
 * Issue 13's log scan: every log line this JVM writes while it listens, as it would be written (the message with its
 * arguments, its MDC, and the class and message of each exception and its causes), searched for personal data.
 */
public final class Logscan implements AutoCloseable {

    private final Queue<String> regels = new ConcurrentLinkedQueue<>();
    private final Logger wortel;
    private final AppenderBase<ILoggingEvent> luisteraar = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent gebeurtenis) {
            StringBuilder regel = new StringBuilder(gebeurtenis.getLoggerName()).append(' ')
                    .append(gebeurtenis.getFormattedMessage()).append(' ').append(gebeurtenis.getMDCPropertyMap());
            for (IThrowableProxy fout = gebeurtenis.getThrowableProxy(); fout != null; fout = fout.getCause()) {
                regel.append(' ').append(fout.getClassName()).append(": ").append(fout.getMessage());
            }
            regels.add(regel.toString());
        }
    };

    private Logscan() {
        wortel = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        luisteraar.setContext(wortel.getLoggerContext());
        luisteraar.setName("logscan");
        luisteraar.start();
        wortel.addAppender(luisteraar);
    }

    /** Listens from now until closed. */
    public static Logscan luister() {
        return new Logscan();
    }

    /** How many lines were written meanwhile: a scan that saw nothing proves nothing. */
    public int aantalRegels() {
        return regels.size();
    }

    /** @return for each text found, the text; empty when no line written meanwhile contains any of them */
    public List<String> vondsten(List<String> teksten) {
        List<String> vondsten = new ArrayList<>();
        for (String tekst : teksten) {
            String gezocht = tekst.toLowerCase(Locale.ROOT);
            if (regels.stream().anyMatch(regel -> regel.toLowerCase(Locale.ROOT).contains(gezocht))) {
                vondsten.add(tekst);
            }
        }
        return vondsten;
    }

    @Override
    public void close() {
        wortel.detachAppender(luisteraar);
        luisteraar.stop();
    }
}
