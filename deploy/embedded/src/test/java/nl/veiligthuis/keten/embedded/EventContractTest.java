package nl.veiligthuis.keten.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
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
    void aPayloadWithPersonalDataOrAWrongFormatIsRejected() {
        String sample = EventContract.sample("melding-ontvangen.v1");
        String metNaam = sample.replace("\"rol\": \"KIND\"", "\"rol\": \"KIND\", \"voornaam\": \"Mila\"");
        assertThatThrownBy(() -> EventContract.assertValid("melding-ontvangen.v1", metNaam.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("voornaam");
        String geenDatum = sample.replace("2026-11-20T14:05:00Z", "gisteren");
        assertThatThrownBy(() -> EventContract.assertValid("melding-ontvangen.v1", geenDatum.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ontvangenOp");
    }

    private static java.util.List<String> names(String folder, String suffix) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(EventContract.eventsDirectory().resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).toList();
        }
    }
}
