package nl.veiligthuis.keten.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Personal data in read models (R21, issue 13 point 6): a projection stores it encrypted with its gezin's key, a query
 * decrypts it. Once the gezin's keys are destroyed it reads as {@link Ontsleuteling#GEWIST} at once, in every table,
 * without waiting for a rebuild. The same value always encrypts to the same text ({@link Sleutelkluis#versleutelVast}),
 * so a rebuild compares equal and change detection still works.
 *
 * <p>{@code null}, blank text and a value that is already erased are stored as they are: there is nothing in them to
 * protect, and a replay of an erased gezin does not make it a new key.
 */
public class Leesmodelversleuteling {

    private final Sleutelkluis kluis;

    public Leesmodelversleuteling(Sleutelkluis kluis) {
        this.kluis = kluis;
    }

    /**
     * @param gezinId the {@link Sleutelhouder} of the event the value comes from
     * @return the ciphertext; {@link Ontsleuteling#GEWIST} when the gezin has no live key (it was erased, perhaps
     * while this projection read its event): nothing is ever stored readably, and no key is made for it
     */
    public String versleutel(String gezinId, String waarde) {
        if (waarde == null || waarde.isBlank() || Ontsleuteling.GEWIST.equals(waarde)) {
            return waarde;
        }
        return kluis.versleutelVast(gezinId, waarde.getBytes(StandardCharsets.UTF_8)).orElse(Ontsleuteling.GEWIST);
    }

    /** The text as it was given; {@link Ontsleuteling#GEWIST} once its gezin is erased. */
    public String ontsleutel(String opgeslagen) {
        return ontsleutel(opgeslagen, Ontsleuteling.GEWIST);
    }

    /**
     * @param alsGewist what an erased value reads as, e.g. {@code "{}"} for a JSON map that its reader parses
     * @return the text as it was given; text stored before read models were encrypted is returned as it is
     */
    public String ontsleutel(String opgeslagen, String alsGewist) {
        if (Ontsleuteling.GEWIST.equals(opgeslagen)) {
            // stored so by a projection that found the gezin erased: a JSON text, too, reads as erased
            return alsGewist;
        }
        if (opgeslagen == null || !opgeslagen.startsWith(Sleutelkluis.PREFIX)) {
            return opgeslagen;
        }
        Optional<byte[]> waarde = kluis.ontsleutel(opgeslagen);
        return waarde.map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(alsGewist);
    }
}
