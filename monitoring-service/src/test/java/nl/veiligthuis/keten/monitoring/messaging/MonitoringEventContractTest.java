package nl.veiligthuis.keten.monitoring.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.EventContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The published payloads and the documented samples both satisfy docs/events/schemas. */
class MonitoringEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"monitoring-gestart.v1", "monitoring-contact-vastgelegd.v1", "monitoring-afgerond.v1",
            "monitoring-verlopen.v1", "monitoring-werk-opgepakt.v1"})
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
    void r14_aContactCarriesTheNumbersOfTheGoalsDiscussedAndKeepsItsCountForTheWijkteam() {
        // R14: besprokenDoelen and alleDoelenBesproken were added additively; aantalDoelenBesproken stays
        String gezin = UUID.randomUUID().toString();
        Instant nu = Instant.parse("2026-11-23T09:00:00Z");
        var alle = JSON.readTree(JSON.writeValueAsBytes(new MonitoringContactVastgelegdV1(UUID.randomUUID().toString(),
                gezin, UUID.randomUUID().toString(), nu, 3, List.of(1, 2, 3), true, 3, Actor.VT_MONITORING)));
        assertThat(alle.get("aantalDoelenBesproken").asInt()).isEqualTo(3);
        assertThat(alle.get("alleDoelenBesproken").asBoolean()).isTrue();
        assertThat(alle.get("besprokenDoelen")).hasSize(3);
        // the number agreed unknown: the flag and the number are left out, not sent as null
        byte[] onbekend = JSON.writeValueAsBytes(new MonitoringContactVastgelegdV1(UUID.randomUUID().toString(), gezin,
                UUID.randomUUID().toString(), nu, 1, List.of(7), null, null, Actor.VT_MONITORING));
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", onbekend);
        assertThat(JSON.readTree(onbekend).has("alleDoelenBesproken")).isFalse();
        // a contact from before the numbering: only the count
        byte[] vroeger = JSON.writeValueAsBytes(new MonitoringContactVastgelegdV1(UUID.randomUUID().toString(), gezin,
                UUID.randomUUID().toString(), nu, 2, null, null, null, Actor.VT_MONITORING));
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", vroeger);
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", alle.toString().getBytes(StandardCharsets.UTF_8));
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
                UUID.randomUUID().toString(), gezin, nu, nu.plusSeconds(86_400), 3, Actor.VT_MONITORING)));
        EventContract.assertValid("monitoring-gestart.v1", JSON.writeValueAsBytes(new MonitoringGestartV1(id,
                UUID.randomUUID().toString(), gezin, nu, nu.plusSeconds(86_400), null, Actor.VT_MONITORING)));
        byte[] contact = JSON.writeValueAsBytes(new MonitoringContactVastgelegdV1(id, gezin,
                UUID.randomUUID().toString(), nu, 2, List.of(1, 3), false, 3, Actor.VT_MONITORING));
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact);
        EventContract.assertValid("monitoring-afgerond.v1", JSON.writeValueAsBytes(
                new MonitoringAfgerondV1(id, gezin, nu)));
        EventContract.assertValid("monitoring-verlopen.v1", JSON.writeValueAsBytes(
                new MonitoringVerlopenV1(id, gezin, nu, nu)));
        // issue 14 point 8: the lapsed monitoring (no contactId: absent, not null) or an unanswered contact taken on
        byte[] verlopen = JSON.writeValueAsBytes(new MonitoringWerkOpgepaktV1(id, gezin, null, nu, Actor.VT_MONITORING));
        EventContract.assertValid("monitoring-werk-opgepakt.v1", verlopen);
        assertThat(JSON.readTree(verlopen).has("contactId")).isFalse();
        EventContract.assertValid("monitoring-werk-opgepakt.v1", JSON.writeValueAsBytes(new MonitoringWerkOpgepaktV1(id,
                gezin, UUID.randomUUID().toString(), nu, Actor.VT_MONITORING)));
    }
}
