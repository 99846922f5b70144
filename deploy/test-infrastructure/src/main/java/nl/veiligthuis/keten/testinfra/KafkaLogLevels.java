package nl.veiligthuis.keten.testinfra;

import java.util.List;

import org.slf4j.LoggerFactory;

/** Keeps an in-process Kafka broker from flooding test output with INFO configuration dumps. */
final class KafkaLogLevels {

    private static final List<String> LOGGERS = List.of("org.apache.kafka", "kafka", "state.change.logger");
    private static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

    private KafkaLogLevels() {
    }

    static void quiet() {
        // Spring Boot resets logback for every test context but reads logging.level.* from system properties
        LOGGERS.forEach(logger -> {
            if (System.getProperty("logging.level." + logger) == null) {
                System.setProperty("logging.level." + logger, "WARN");
            }
        });
        if (LOGBACK_CONTEXT.equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            LogbackLevels.setWarn(LOGGERS);
        }
    }
}
