package nl.veiligthuis.keten.testinfra;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language-neutral event contract in {@code docs/events/}: producers and consumers validate the
 * payloads they send and read against the same JSON Schemas and samples (formats asserted).
 */
public final class EventContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** @throws AssertionError naming every violation when the payload does not match the event's schema */
    public static void assertValid(String eventName, byte[] payload) {
        List<Error> errors = validate(eventName, JSON.readTree(payload));
        if (!errors.isEmpty()) {
            throw new AssertionError("payload of " + eventName + " violates docs/events/schemas/" + eventName
                    + ".schema.json: " + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        }
    }

    public static List<Error> validate(String eventName, JsonNode payload) {
        return SCHEMAS.computeIfAbsent(eventName, EventContract::load).validate(payload);
    }

    /** The sample payload {@code docs/events/samples/<eventName>.json}. */
    public static String sample(String eventName) {
        return read(eventsDirectory().resolve("samples").resolve(eventName + ".json"));
    }

    public static Path eventsDirectory() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("docs").resolve("events");
            if (Files.isDirectory(candidate.resolve("schemas"))) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
    }

    private static Schema load(String eventName) {
        return REGISTRY.getSchema(read(eventsDirectory().resolve("schemas").resolve(eventName + ".schema.json")));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("event contract file missing: " + path, e);
        }
    }
}
