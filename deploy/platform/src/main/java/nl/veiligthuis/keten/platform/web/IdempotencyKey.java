package nl.veiligthuis.keten.platform.web;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 255 printable ASCII characters.
 *
 * @throws OngeldigeInvoer naming {@code Idempotency-Key} when the value does not qualify
 */
public record IdempotencyKey(String waarde) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTE = 255;

    public IdempotencyKey {
        if (waarde == null || waarde.isEmpty()) {
            throw ongeldig("de sleutel is leeg", "NotBlank");
        }
        if (waarde.length() > MAX_LENGTE) {
            throw ongeldig("de sleutel is langer dan " + MAX_LENGTE + " tekens", "Size");
        }
        if (!waarde.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ongeldig("de sleutel bevat andere tekens dan afdrukbare ASCII", "Pattern");
        }
    }

    private static OngeldigeInvoer ongeldig(String reden, String code) {
        return new OngeldigeInvoer(HEADER, reden, code);
    }
}
