package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The layout of a {@link KafkaBroker} data directory. */
record BrokerFiles(Path directory) {

    private static final String LOGBACK_CONFIG = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{ISO8601} %-5level [%logger] %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;

    static BrokerFiles in(Path dataDirectory) {
        BrokerFiles files = new BrokerFiles(dataDirectory.toAbsolutePath());
        try {
            Files.createDirectories(files.directory());
            Files.writeString(files.logbackConfig(), LOGBACK_CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka data directory " + dataDirectory, e);
        }
        return files;
    }

    Path logDirectory() {
        return directory.resolve("logs");
    }

    Path serverProperties() {
        return directory.resolve("server.properties");
    }

    Path logFile() {
        return directory.resolve("broker.log");
    }

    Path pidFile() {
        return directory.resolve("broker.pid");
    }

    Path logbackConfig() {
        return directory.resolve("broker-logback.xml");
    }

    /** Keeps the child's logging at WARN whether slf4j-simple or logback is on the classpath. */
    List<String> jvmOptions() {
        return List.of(
                processMarker(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dlogback.configurationFile=" + logbackConfig());
    }

    boolean isBrokerProcess(ProcessHandle process) {
        return StaleProcesses.commandLineContains(process, processMarker());
    }

    // first option on the command line: the JDK reports only the first 4 KiB of it, the classpath is longer
    private String processMarker() {
        return "-Dketen.embedded.kafka=" + directory;
    }
}
