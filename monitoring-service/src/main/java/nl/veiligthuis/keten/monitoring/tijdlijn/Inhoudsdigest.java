package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of what a gezin_id's timeline says, not of how or when it was stored: a live timeline and one rebuilt
 * from Kafka (a herbouw) have the same digest when they hold the same entries (issue 5 point 3).
 *
 * <p>Each row becomes one entry text with the lines {@code naam=waarde\n} of the fields taken from the event, in
 * this order: {@code event_id}, {@code gezin_id}, {@code type}, {@code ce_type}, {@code tijdstip}, {@code bron},
 * {@code actor}, {@code samenvatting}, {@code causation_id}, {@code correlation_id}, {@code dataref}; values encoded
 * as in {@link Ketenhash} ({@code -} for null, else {@code <UTF-8 bytes>:<text>}; instants UTC with six decimals;
 * the actor as sorted, compact JSON), followed by a line {@code feiten} (sorted, compact JSON) when the row keeps
 * its facts. The entry texts are sorted (by UTF-16 code units, {@link String#compareTo}),
 * and the digest is the lowercase hex SHA-256 of {@code tijdlijn-inhoud-v1\n} followed by them all. Receipt time,
 * Kafka position, insertion order and the hash chain are left out.
 */
final class Inhoudsdigest {

    static final String VERSIE = "tijdlijn-inhoud-v1";

    private Inhoudsdigest() {
    }

    static String van(Collection<TijdlijnRij> rijen) {
        List<String> regels = rijen.stream().map(Inhoudsdigest::canoniek).sorted().toList();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((VERSIE + "\n").getBytes(StandardCharsets.UTF_8));
            regels.forEach(regel -> sha256.update(regel.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String canoniek(TijdlijnRij rij) {
        StringBuilder tekst = new StringBuilder();
        Ketenhash.regel(tekst, "event_id", rij.eventId());
        Ketenhash.regel(tekst, "gezin_id", rij.gezinId());
        Ketenhash.regel(tekst, "type", rij.type());
        Ketenhash.regel(tekst, "ce_type", rij.ceType());
        Ketenhash.regel(tekst, "tijdstip", Ketenhash.moment(rij.tijdstip()));
        Ketenhash.regel(tekst, "bron", rij.bron());
        Ketenhash.regel(tekst, "actor", Ketenhash.json(rij.actor()));
        Ketenhash.regel(tekst, "samenvatting", rij.samenvatting());
        Ketenhash.regel(tekst, "causation_id", rij.causationId());
        Ketenhash.regel(tekst, "correlation_id", rij.correlationId());
        Ketenhash.regel(tekst, "dataref", rij.dataref());
        if (rij.feiten() != null) {
            Ketenhash.regel(tekst, "feiten", Ketenhash.json(rij.feiten()));
        }
        return tekst.toString();
    }
}
