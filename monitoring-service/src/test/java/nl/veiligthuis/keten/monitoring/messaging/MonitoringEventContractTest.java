package nl.veiligthuis.keten.monitoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The published payloads and the documented samples both satisfy docs/events/schemas. */
class MonitoringEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"monitoring-gestart.v1", "monitoring-contact-vastgelegd.v1", "monitoring-afgerond.v1",
            "monitoring-verlopen.v1"})
    void samplesMatchTheirSchemas(String event) {
        EventContract.assertValid(event, EventContract.sample(event).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void r14_aContactPublishedBeforeItCarriedItsIdStillMatches() {
        // contactId was added to monitoring-contact-vastgelegd.v1 additively: optional, always sent now
        String zonderId = EventContract.sample("monitoring-contact-vastgelegd.v1")
                .replaceAll("\\s*\"contactId\": \"[^\"]+\",", "");
        assertThat(zonderId).doesNotContain("contactId");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", zonderId.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWijkteamsAnswerSampleIsReadAsCountsPerStand() {
        var antwoord = JSON.readTree(EventContract.sample("monitoringcontact-beantwoord.v1"));
        assertThat(antwoord.path("contactId").asString()).isNotBlank();
        assertThat(antwoord.path("standen").path("BEHAALD").isInt()).isTrue();
    }

    @Test
    void publishedPayloadsMatchTheirSchemas() {
        String id = UUID.randomUUID().toString();
        String gezin = UUID.randomUUID().toString();
        Instant nu = Instant.parse("2026-11-23T09:00:00Z");
        EventContract.assertValid("monitoring-gestart.v1", JSON.writeValueAsBytes(new MonitoringGestartV1(id,
                UUID.randomUUID().toString(), gezin, nu, nu.plusSeconds(86_400), Actor.VT_MONITORING)));
        byte[] contact = JSON.writeValueAsBytes(new MonitoringContactVastgelegdV1(id, gezin,
                UUID.randomUUID().toString(), nu, 2, Actor.VT_MONITORING));
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact);
        EventContract.assertValid("monitoring-afgerond.v1", JSON.writeValueAsBytes(
                new MonitoringAfgerondV1(id, gezin, nu)));
        EventContract.assertValid("monitoring-verlopen.v1", JSON.writeValueAsBytes(
                new MonitoringVerlopenV1(id, gezin, nu, nu)));
    }
}
