package nl.veiligthuis.keten.platform.privacy;

/**
 * What a service erases of a gezin besides its keys (R21): data derived from personal data that outlives the key,
 * such as melding-service's keyed hashes for gezin recognition. Runs in the transaction that destroys the keys.
 */
@FunctionalInterface
public interface Wisactie {

    void wis(String gezinId);
}
