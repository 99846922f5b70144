package nl.veiligthuis.keten.triage.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OverdrachtGedaanV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.WachtcontactGemistV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.WachtcontactVastgelegdV1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The payloads triage-service publishes, and the documented samples, satisfy docs/events/schemas. */
class TriageEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"overdracht-gedaan.v1", "wachtcontact-vastgelegd.v1", "wachtcontact-gemist.v1"})
    void samplesMatchTheirSchemas(String event) {
        EventContract.assertValid(event, EventContract.sample(event).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void r14_aHandoverAfterOnderzoekNamesHowManyGoalsWereAgreedAndOneAfterTriageLeavesItOut() {
        // R14: the goals VT monitors against; added additively, so a handover without it still matches
        byte[] naOnderzoek = JSON.writeValueAsBytes(new OverdrachtGedaanV1(uuid(), uuid(), uuid(), "NA_ONDERZOEK",
                "Vlaardingen", NU, uuid(), 3, "GEGEVEN", null, Actor.VEILIG_THUIS));
        EventContract.assertValid("overdracht-gedaan.v1", naOnderzoek);
        assertThat(JSON.readTree(naOnderzoek).get("aantalDoelen").asInt()).isEqualTo(3);

        byte[] naTriage = JSON.writeValueAsBytes(new OverdrachtGedaanV1(uuid(), uuid(), uuid(), "NA_TRIAGE",
                "Vlaardingen", NU, null, null, "NIET_VASTGELEGD", null, Actor.VEILIG_THUIS));
        EventContract.assertValid("overdracht-gedaan.v1", naTriage);
        assertThat(JSON.readTree(naTriage).has("aantalDoelen")).isFalse();
        assertThat(JSON.readTree(naTriage).has("onderzoekId")).isTrue();
        assertThat(JSON.readTree(naTriage).has("leden")).isFalse();
    }

    @Test
    void r11_issue14_aHandoverNamesTheMeldingsPersonsPseudonymouslyAndOnlyThat() {
        byte[] metLeden = JSON.writeValueAsBytes(new OverdrachtGedaanV1(uuid(), uuid(), uuid(), "NA_TRIAGE",
                "Vlaardingen", NU, null, null, "GEGEVEN", java.util.List.of(
                new TriageIntegrationEvents.GenoemdGezinslidV1(uuid(), "OUDER"),
                new TriageIntegrationEvents.GenoemdGezinslidV1(uuid(), "KIND")), Actor.VEILIG_THUIS));
        EventContract.assertValid("overdracht-gedaan.v1", metLeden);
        assertThat(JSON.readTree(metLeden).get("leden").get(1).get("rol").asString()).isEqualTo("KIND");
        // the schema allows nothing but persoonId and rol: a name would be refused
        byte[] metNaam = new String(metLeden, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"rol\":\"KIND\"", "\"rol\":\"KIND\",\"naam\":\"Noor\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventContract.assertValid("overdracht-gedaan.v1",
                metNaam)).isInstanceOf(AssertionError.class);
    }

    @Test
    void r5_wachtcontactenArePublishedAsCodesAndMoments() {
        // R5: how and whether safety is unchanged, never the medewerker or the content
        EventContract.assertValid("wachtcontact-vastgelegd.v1", JSON.writeValueAsBytes(new WachtcontactVastgelegdV1(
                uuid(), uuid(), uuid(), NU, "MET_BETROKKEN_PROFESSIONAL", false, "TWEE_KEER_PER_WEEK",
                NU.plusSeconds(84 * 3600), Actor.VT_MEDEWERKER)));
        EventContract.assertValid("wachtcontact-gemist.v1", JSON.writeValueAsBytes(new WachtcontactGemistV1(uuid(),
                uuid(), "DAGELIJKS", null, NU, 1, NU.plusSeconds(86_400), NU, Actor.VEILIG_THUIS)));
        EventContract.assertValid("wachtcontact-gemist.v1", JSON.writeValueAsBytes(new WachtcontactGemistV1(uuid(),
                uuid(), "WEKELIJKS", NU.minusSeconds(86_400), NU, 2, NU.plusSeconds(7 * 86_400), NU,
                Actor.VEILIG_THUIS)));
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
