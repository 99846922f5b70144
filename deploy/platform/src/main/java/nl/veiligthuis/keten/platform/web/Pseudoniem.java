package nl.veiligthuis.keten.platform.web;

import java.util.regex.Pattern;

/** The form of the chain's pseudonymous ids (gezinId, persoonId, meldingId, …): a UUID. */
public final class Pseudoniem {

    /** For {@code @Pattern(regexp = Pseudoniem.VORM)}. */
    public static final String VORM = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final Pattern PATROON = Pattern.compile(VORM);

    private Pseudoniem() {
    }

    public static boolean is(String waarde) {
        return waarde != null && PATROON.matcher(waarde).matches();
    }
}
