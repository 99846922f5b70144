package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class in a separate JVM with the same java binary and classpath as this JVM, in a session of its own
 * where {@code setsid} exists: a terminal's Ctrl-C reaches the whole foreground process group at once, and a broker
 * that stopped with it would leave the services' producers retrying while they shut down. The parent stops the child
 * itself, after the services.
 */
record ChildJvm(List<String> jvmOptions, Path workingDirectory, Path logFile) {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    ChildJvm {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts the child; its stdout and stderr are appended to the log file. */
    Process start(String mainClass, String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, arguments))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + mainClass, e);
        }
    }

    private List<String> command(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
