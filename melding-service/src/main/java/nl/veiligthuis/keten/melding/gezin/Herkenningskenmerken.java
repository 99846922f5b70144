package nl.veiligthuis.keten.melding.gezin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.veiligthuis.keten.platform.beveiliging.Ontwikkelmodus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256 with {@code keten.herkenning.sleutel}) of a BSN and of name plus date of birth: equal
 * input gives an equal hash, so a person can be recognised, while the table holds nothing readable. The key keeps a
 * dictionary of all BSNs or birth dates from reversing the hashes.
 */
@Component
public class Herkenningskenmerken {

    private static final String ALGORITME = "HmacSHA256";
    private static final int MINIMALE_SLEUTELLENGTE = 32;

    private final SecretKeySpec sleutel;

    /** The development key (deploy/embedded's Ontwikkelconfiguratie) starts with this; refused outside development. */
    static final String ONTWIKKELSLEUTEL = "ontwikkeling-";

    public Herkenningskenmerken(@Value("${keten.herkenning.sleutel:}") String sleutel,
                                @Value("${" + Ontwikkelmodus.EIGENSCHAP + ":false}") boolean ontwikkelmodus) {
        if (sleutel == null || sleutel.length() < MINIMALE_SLEUTELLENGTE) {
            throw new IllegalStateException("keten.herkenning.sleutel (MELDING_HERKENNING_SLEUTEL) moet minstens "
                    + MINIMALE_SLEUTELLENGTE + " tekens zijn; zet een eigen sleutel per omgeving");
        }
        if (sleutel.startsWith(ONTWIKKELSLEUTEL) && !ontwikkelmodus) {
            throw new IllegalStateException("keten.herkenning.sleutel is de ontwikkelsleutel, die alleen in "
                    + "ontwikkelmodus bruikbaar is: zet MELDING_HERKENNING_SLEUTEL");
        }
        this.sleutel = new SecretKeySpec(sleutel.getBytes(StandardCharsets.UTF_8), ALGORITME);
    }

    public Optional<String> bsn(String bsn) {
        return bsn == null || bsn.isBlank() ? Optional.empty() : Optional.of(hash("bsn|" + bsn.trim()));
    }

    /** Empty without a date of birth: a name alone is too weak to offer a gezin. */
    public Optional<String> naamEnGeboortedatum(String voornaam, String achternaam, LocalDate geboortedatum) {
        if (geboortedatum == null) {
            return Optional.empty();
        }
        return Optional.of(hash("naam|" + normaliseer(voornaam) + "|" + normaliseer(achternaam) + "|" + geboortedatum));
    }

    /** Lower case, trimmed, inner whitespace collapsed, diacritics removed: "  Zoë  van  Dijk" is "zoe van dijk". */
    static String normaliseer(String tekst) {
        String zonderTekens = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderTekens.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String hash(String invoer) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(invoer.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITME + " is not available", e);
        }
    }
}
