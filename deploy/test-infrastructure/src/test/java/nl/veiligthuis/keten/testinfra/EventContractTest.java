package nl.veiligthuis.keten.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class EventContractTest {

    @Test
    void everySchemaHasAValidSampleAndEverySampleASchema() throws IOException {
        var schemas = names("schemas", ".schema.json");
        var samples = names("samples", ".json");
        assertThat(samples).containsExactlyInAnyOrderElementsOf(schemas);
        schemas.forEach(name -> EventContract.assertValid(name, EventContract.sample(name).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAsyncApiDocumentDescribesEveryEventAndOnlyThose() throws IOException {
        JsonNode asyncApi = new YAMLMapper().readTree(
                Files.readString(EventContract.eventsDirectory().resolve("asyncapi.yaml")));
        assertThat(asyncApi.get("asyncapi").asString()).isEqualTo("3.0.0");
        List<String> payloads = new ArrayList<>();
        asyncApi.at("/components/messages").forEach(message -> {
            String ref = message.at("/payload/$ref").asString();
            String name = ref.replace("schemas/", "").replace(".schema.json", "");
            payloads.add(name);
            assertThat(message.get("name").asString()).endsWith("." + name);
        });
        assertThat(payloads).containsExactlyInAnyOrderElementsOf(names("schemas", ".schema.json"));
        List<String> topics = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> topics.add(channel.get("address").asString()));
        assertThat(topics).containsExactlyInAnyOrder("keten.melding.v1", "keten.triage.v1", "keten.wijkteam.v1",
                "keten.monitoring.v1", "keten.privacy.v1", "keten.toegangslog.v1");
    }

    @Test
    void aPayloadWithPersonalDataOrAWrongFormatIsRejected() {
        String sample = EventContract.sample("melding-ontvangen.v1");
        String metNaam = sample.replace("\"rol\": \"KIND\"", "\"rol\": \"KIND\", \"voornaam\": \"Mila\"");
        assertThatThrownBy(() -> EventContract.assertValid("melding-ontvangen.v1", metNaam.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("voornaam");
        String geenDatum = sample.replace("2026-11-20T14:05:00Z", "gisteren");
        assertThatThrownBy(() -> EventContract.assertValid("melding-ontvangen.v1", geenDatum.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ontvangenOp");
    }

    private static List<String> names(String folder, String suffix) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(EventContract.eventsDirectory().resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).toList();
        }
    }
}
