package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;

/**
 * Paths of a service that require a bearer token, as Spring path patterns (e.g. {@code /api/v1/gezinnen/{@literal *}/x}).
 * A service declares one or more as beans; every path no bean names stays open (ADR 0003).
 */
public record BeveiligdePaden(List<String> patronen) {

    public BeveiligdePaden {
        patronen = List.copyOf(patronen);
    }

    public static BeveiligdePaden van(String... patronen) {
        return new BeveiligdePaden(List.of(patronen));
    }
}
