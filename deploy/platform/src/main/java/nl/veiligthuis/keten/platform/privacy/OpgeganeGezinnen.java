package nl.veiligthuis.keten.platform.privacy;

import java.util.Set;

/**
 * The gezinnen whose data now all belongs to another (R21): in melding-service, a gezin whose every melding was
 * koppeled to the other as the same family. Their personal data stays encrypted under their own keys, so erasing the
 * other erases them too ({@link Gezinswisser}), in the whole chain.
 */
@FunctionalInterface
public interface OpgeganeGezinnen {

    /** @return the gezinnen that went up in {@code gezinId}, never including it */
    Set<String> in(String gezinId);
}
