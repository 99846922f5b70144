package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;

/**
 * The scopes a partner system's, or another service's, client-credentials token may carry in its {@code scope} claim
 * (docs/security.md).
 */
public final class Scope {

    /** Submit meldingen (a police or hospital system): {@code POST /api/v1/meldingen} only. */
    public static final String MELDINGEN_INDIENEN = "meldingen:indienen";
    /** Ask Veilig Thuis for advice: {@code POST /api/v1/adviesvragen} only. */
    public static final String ADVIESVRAGEN_INDIENEN = "adviesvragen:indienen";

    /**
     * Issue 14 point 5: melding-service reads who the melder can call at Veilig Thuis for the terugkoppeling:
     * {@code GET /api/v1/triages/{meldingId}/contactpersoon} only.
     */
    public static final String TERUGKOPPELING_CONTACTPERSOON = "terugkoppeling:contactpersoon";

    public static final List<String> ALLE = List.of(MELDINGEN_INDIENEN, ADVIESVRAGEN_INDIENEN,
            TERUGKOPPELING_CONTACTPERSOON);

    private Scope() {
    }
}
