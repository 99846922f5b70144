package nl.veiligthuis.keten.platform.toegangslog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's access log table (R20): appends under one lock, so rows chain in volgnummer order even with several
 * instances on one database; reads per gezin or person; verifies the chain.
 */
public class Toegangslog {

    /** pg_advisory_xact_lock key of the chain's head: "toegangsregistratie" as a number. */
    private static final long KETENSLOT = 0x746f6567616e6773L;
    private static final String KOLOMMEN = "volgnummer, registratie_id, trace_id, span_id, begin_tijd, eind_tijd, dienst, "
            + "verwerking, handeling, uitkomst, http_status, gebruiker, namens, organisatie, rol, grondslag, noodtoegang, "
            + "gezinnen, personen, objecten, vorige_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate eigenTransactie;

    public Toegangslog(JdbcTemplate jdbc, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.eigenTransactie = new TransactionTemplate(transacties);
        // its own transaction: a request's record is kept whether or not the request's own work committed
        eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One row, with its place in the chain. */
    public record Regel(long volgnummer, Toegangsregistratie registratie, String vorigeHash, String hash) {
    }

    /** The result of walking the chain from its first row. */
    public record Verificatie(boolean intact, long lengte, String laatsteHash, Afwijking eersteAfwijking) {
    }

    /**
     * The first row that does not fit: {@code HASH_KLOPT_NIET} when the row itself was changed,
     * {@code SCHAKEL_VERBROKEN} when it does not follow the row before it (a row between them was removed).
     */
    public record Afwijking(long volgnummer, String reden) {
    }

    public void schrijf(Toegangsregistratie registratie) {
        Toegangsregistratie r = opMicroseconden(registratie);
        eigenTransactie.executeWithoutResult(status -> jdbc.execute((Connection verbinding) -> {
            // a flood of requests waits at most this long for the chain's head, then its reads answer 503
            try (PreparedStatement wachttijd = verbinding.prepareStatement("SET LOCAL lock_timeout = '2s'")) {
                wachttijd.execute();
            }
            try (PreparedStatement slot = verbinding.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                slot.setLong(1, KETENSLOT);
                slot.execute();
            }
            String vorige = null;
            try (PreparedStatement laatste = verbinding.prepareStatement(
                    "SELECT hash FROM toegangsregistratie ORDER BY volgnummer DESC LIMIT 1");
                 ResultSet rij = laatste.executeQuery()) {
                if (rij.next()) {
                    vorige = rij.getString(1);
                }
            }
            try (PreparedStatement invoegen = verbinding.prepareStatement("""
                    INSERT INTO toegangsregistratie (registratie_id, trace_id, span_id, begin_tijd, eind_tijd, dienst,
                        verwerking, handeling, uitkomst, http_status, gebruiker, namens, organisatie, rol, grondslag,
                        noodtoegang, gezinnen, personen, objecten, vorige_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int i = 0;
                invoegen.setObject(++i, r.registratieId());
                invoegen.setString(++i, r.traceId());
                invoegen.setString(++i, r.spanId());
                invoegen.setObject(++i, r.begin().atOffset(ZoneOffset.UTC));
                invoegen.setObject(++i, r.einde().atOffset(ZoneOffset.UTC));
                invoegen.setString(++i, r.dienst());
                invoegen.setString(++i, r.verwerking());
                invoegen.setString(++i, r.handeling().name());
                invoegen.setString(++i, r.uitkomst().name());
                invoegen.setInt(++i, r.httpStatus());
                invoegen.setString(++i, r.gebruiker());
                invoegen.setString(++i, r.namens());
                invoegen.setString(++i, r.organisatie());
                invoegen.setString(++i, r.rol());
                invoegen.setString(++i, r.grondslag());
                invoegen.setString(++i, r.noodtoegang());
                invoegen.setArray(++i, tekstlijst(verbinding, r.gezinnen()));
                invoegen.setArray(++i, tekstlijst(verbinding, r.personen()));
                invoegen.setArray(++i, tekstlijst(verbinding, r.objecten()));
                invoegen.setString(++i, vorige);
                invoegen.setString(++i, Toegangshash.van(vorige, r));
                invoegen.executeUpdate();
            }
            return null;
        }));
    }

    /**
     * Every access that concerned this gezin or this person, oldest first, after {@code na} (a volgnummer, to read on
     * from the last record of the previous page), at most {@code maximum}.
     */
    public List<Regel> voor(String gezinId, String persoonId, long na, int maximum) {
        List<String> voorwaarden = new ArrayList<>();
        List<String> waarden = new ArrayList<>();
        if (gezinId != null) {
            voorwaarden.add("gezinnen @> ARRAY[?]::text[]");
            waarden.add(gezinId);
        }
        if (persoonId != null) {
            voorwaarden.add("personen @> ARRAY[?]::text[]");
            waarden.add(persoonId);
        }
        if (voorwaarden.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection verbinding) -> {
            try (PreparedStatement query = verbinding.prepareStatement("SELECT " + KOLOMMEN
                    + " FROM toegangsregistratie WHERE volgnummer > ? AND (" + String.join(" OR ", voorwaarden)
                    + ") ORDER BY volgnummer LIMIT ?")) {
                int i = 0;
                query.setLong(++i, na);
                for (String waarde : waarden) {
                    query.setString(++i, waarde);
                }
                query.setInt(++i, maximum);
                List<Regel> regels = new ArrayList<>();
                try (ResultSet rijen = query.executeQuery()) {
                    while (rijen.next()) {
                        regels.add(regel(rijen));
                    }
                }
                return regels;
            }
        });
    }

    /** Walks the whole chain; read in pages, so a long log does not have to fit in memory. */
    public Verificatie verifieer() {
        return eigenTransactie.execute(status -> jdbc.execute((Connection verbinding) -> {
            long lengte = 0;
            String vorige = null;
            try (PreparedStatement query = verbinding.prepareStatement(
                    "SELECT " + KOLOMMEN + " FROM toegangsregistratie ORDER BY volgnummer")) {
                query.setFetchSize(1000);
                try (ResultSet rijen = query.executeQuery()) {
                    while (rijen.next()) {
                        Regel regel = regel(rijen);
                        lengte++;
                        if (!Objects.equals(regel.vorigeHash(), vorige)) {
                            return new Verificatie(false, lengte, vorige,
                                    new Afwijking(regel.volgnummer(), "SCHAKEL_VERBROKEN"));
                        }
                        if (!Toegangshash.van(regel.vorigeHash(), regel.registratie()).equals(regel.hash())) {
                            return new Verificatie(false, lengte, vorige,
                                    new Afwijking(regel.volgnummer(), "HASH_KLOPT_NIET"));
                        }
                        vorige = regel.hash();
                    }
                }
            }
            return new Verificatie(true, lengte, vorige, null);
        }));
    }

    static Regel regel(ResultSet rij) throws SQLException {
        var registratie = new Toegangsregistratie(rij.getObject("registratie_id", UUID.class),
                rij.getString("trace_id"), rij.getString("span_id"), rij.getObject("begin_tijd", OffsetDateTime.class).toInstant(),
                rij.getObject("eind_tijd", OffsetDateTime.class).toInstant(), rij.getString("dienst"), rij.getString("verwerking"),
                Handeling.valueOf(rij.getString("handeling")), Uitkomst.valueOf(rij.getString("uitkomst")),
                rij.getInt("http_status"), rij.getString("gebruiker"), rij.getString("namens"),
                rij.getString("organisatie"), rij.getString("rol"), rij.getString("grondslag"),
                rij.getString("noodtoegang"), lijst(rij.getArray("gezinnen")), lijst(rij.getArray("personen")),
                lijst(rij.getArray("objecten")));
        return new Regel(rij.getLong("volgnummer"), registratie, rij.getString("vorige_hash"), rij.getString("hash"));
    }

    private static List<String> lijst(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Array tekstlijst(Connection verbinding, List<String> waarden) throws SQLException {
        return verbinding.createArrayOf("text", waarden.toArray());
    }

    private static Toegangsregistratie opMicroseconden(Toegangsregistratie r) {
        return new Toegangsregistratie(r.registratieId(), r.traceId(), r.spanId(), Toegangshash.opMicroseconden(r.begin()),
                Toegangshash.opMicroseconden(r.einde()), r.dienst(), r.verwerking(), r.handeling(), r.uitkomst(),
                r.httpStatus(), r.gebruiker(), r.namens(), r.organisatie(), r.rol(), r.grondslag(), r.noodtoegang(),
                r.gezinnen(), r.personen(), r.objecten());
    }
}
