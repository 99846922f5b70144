package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * wijkteam-service's reading of {@code nl.veilig-thuis.keten.triage.overdracht-gedaan.v1}: only the fields it
 * needs; unknown fields are ignored because payload changes are additive.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OverdrachtGedaanV1(String overdrachtId, String meldingId, String gezinId, String route, String gemeente,
                          Instant overdrachtGedaanOp, String onderzoekId) {

    boolean compleet() {
        return Stream.of(overdrachtId, meldingId, gezinId, route, gemeente, overdrachtGedaanOp)
                .allMatch(veld -> veld != null && !veld.toString().isBlank());
    }
}
