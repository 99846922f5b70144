package nl.veiligthuis.keten.platform.toegangslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of one access log row: SHA-256 over the previous row's hash and every field, each written with its length
 * so that no two rows share a canonical form. Times count in microseconds, as PostgreSQL stores them.
 */
final class Toegangshash {

    private Toegangshash() {
    }

    static String van(String vorigeHash, Toegangsregistratie r) {
        var tekst = new StringBuilder(512);
        veld(tekst, vorigeHash);
        veld(tekst, r.registratieId().toString());
        veld(tekst, r.traceId());
        veld(tekst, r.spanId());
        veld(tekst, Long.toString(microseconden(r.begin())));
        veld(tekst, Long.toString(microseconden(r.einde())));
        veld(tekst, r.dienst());
        veld(tekst, r.verwerking());
        veld(tekst, r.handeling().name());
        veld(tekst, r.uitkomst().name());
        veld(tekst, Integer.toString(r.httpStatus()));
        veld(tekst, r.gebruiker());
        veld(tekst, r.namens());
        veld(tekst, r.organisatie());
        veld(tekst, r.rol());
        veld(tekst, r.grondslag());
        veld(tekst, r.noodtoegang());
        lijst(tekst, r.gezinnen());
        lijst(tekst, r.personen());
        lijst(tekst, r.objecten());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(tekst.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Instant opMicroseconden(Instant tijd) {
        return tijd.truncatedTo(ChronoUnit.MICROS);
    }

    private static long microseconden(Instant tijd) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, tijd);
    }

    private static void veld(StringBuilder tekst, String waarde) {
        if (waarde == null) {
            tekst.append("-;");
        } else {
            tekst.append(waarde.length()).append(':').append(waarde).append(';');
        }
    }

    private static void lijst(StringBuilder tekst, List<String> waarden) {
        tekst.append('[').append(waarden.size()).append(']');
        waarden.forEach(waarde -> veld(tekst, waarde));
    }
}
