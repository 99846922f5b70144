package nl.veiligthuis.keten.triage.zicht;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;

/**
 * R2 per gezin. {@code houder} null: VT does not hold zicht op veiligheid (yet) according to triage-service.
 * {@code sinds} and {@code grond} come from the earliest moment VT took it: nothing releases it here yet.
 */
public record ZichtOpVeiligheidView(String gezinId, String houder, Instant sinds, Grond grond,
                                    List<Periode> geschiedenis) {

    public static final String VEILIG_THUIS = "VEILIG_THUIS";

    public record Periode(String meldingId, String houder, Instant sinds, Grond grond) {
    }

    static ZichtOpVeiligheidView van(String gezinId, List<Periode> geschiedenis) {
        if (geschiedenis.isEmpty()) {
            return new ZichtOpVeiligheidView(gezinId, null, null, null, geschiedenis);
        }
        var eerste = geschiedenis.get(0);
        return new ZichtOpVeiligheidView(gezinId, eerste.houder(), eerste.sinds(), eerste.grond(), geschiedenis);
    }
}
