package nl.veiligthuis.keten.platform.toegangslog;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which gezin a request's object belongs to, for the access log (R20): a service names for each path variable
 * ({@code zaakId}, {@code meldingId}) how to find the gezin, so that every access is found in the gezin's overview,
 * refused ones too. A {@code gezinId} path variable needs no opzoeker.
 *
 * @param locatie the path under which a created object's {@code Location} names it, e.g. {@code /api/v1/meldingen/},
 *                or {@code null}: the gezin of what a POST created
 */
public record GezinOpzoeker(String parameter, Function<String, Set<String>> gezinnen, String locatie) {

    /** The gezin in a read model's column, e.g. {@code SELECT gezin_id FROM zaak_overzicht WHERE zaak_id = :id}. */
    public static GezinOpzoeker uit(JdbcClient jdbc, String parameter, String query) {
        return new GezinOpzoeker(parameter, id -> zoek(jdbc, query, id), null);
    }

    public GezinOpzoeker ookVoorLocatie(String pad) {
        return new GezinOpzoeker(parameter, gezinnen, pad);
    }

    static Set<String> zoek(JdbcClient jdbc, String query, String id) {
        return new HashSet<>(jdbc.sql(query).param("id", id).query(String.class).list());
    }
}
