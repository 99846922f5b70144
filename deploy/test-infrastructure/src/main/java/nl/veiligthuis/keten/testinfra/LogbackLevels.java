package nl.veiligthuis.keten.testinfra;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Logback access, kept apart so that this class is only loaded when logback is the slf4j backend. */
final class LogbackLevels {

    private LogbackLevels() {
    }

    static void setWarn(List<String> loggers) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        loggers.forEach(name -> context.getLogger(name).setLevel(Level.WARN));
    }
}
