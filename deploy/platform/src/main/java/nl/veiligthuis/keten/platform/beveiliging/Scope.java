package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;

/** The scopes a partner system's client-credentials token may carry in its {@code scope} claim (docs/security.md). */
public final class Scope {

    /** Submit meldingen (a police or hospital system): {@code POST /api/v1/meldingen} only. */
    public static final String MELDINGEN_INDIENEN = "meldingen:indienen";
    /** Ask Veilig Thuis for advice: {@code POST /api/v1/adviesvragen} only. */
    public static final String ADVIESVRAGEN_INDIENEN = "adviesvragen:indienen";

    public static final List<String> ALLE = List.of(MELDINGEN_INDIENEN, ADVIESVRAGEN_INDIENEN);

    private Scope() {
    }
}
