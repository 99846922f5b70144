package nl.veiligthuis.keten.platform.toegangslog;

import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which person a request's object is about, for the access log (R20), such as a gezinslid of a zaak: so that the
 * person's own overview finds the access. A {@code persoonId} path variable needs no opzoeker.
 */
public record PersoonOpzoeker(String parameter, Function<String, Set<String>> personen) {

    /** The person in a read model's column, e.g. {@code SELECT persoon_id FROM intake_gezinslid WHERE lid_id = :id}. */
    public static PersoonOpzoeker uit(JdbcClient jdbc, String parameter, String query) {
        return new PersoonOpzoeker(parameter, id -> GezinOpzoeker.zoek(jdbc, query, id));
    }
}
