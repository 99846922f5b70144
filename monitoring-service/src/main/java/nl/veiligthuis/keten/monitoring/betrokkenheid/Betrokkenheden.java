package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads R18 involvement, registered and derived as one (view {@code betrokkenheid}). An organisation involved
 * with a gezin without naming a child counts as involved with every child registered in that gezin.
 */
@Component
public class Betrokkenheden {

    /** Children of a gezin with two or more organisations involved now, also through another gezin. */
    private static final String KINDEREN_MET_MATCH = """
            WITH kinderen AS (
                SELECT DISTINCT persoon_id FROM betrokkenheid
                WHERE gezin_id = :gezin AND persoon_id IS NOT NULL AND beeindigd_op IS NULL),
            per_kind AS (
                SELECT k.persoon_id, b.organisatie FROM kinderen k
                JOIN betrokkenheid b ON b.persoon_id = k.persoon_id AND b.beeindigd_op IS NULL
                UNION
                SELECT k.persoon_id, g.organisatie FROM kinderen k
                JOIN betrokkenheid b ON b.persoon_id = k.persoon_id AND b.beeindigd_op IS NULL
                JOIN betrokkenheid g ON g.gezin_id = b.gezin_id AND g.persoon_id IS NULL AND g.beeindigd_op IS NULL)
            SELECT persoon_id FROM per_kind GROUP BY persoon_id HAVING count(DISTINCT organisatie) >= 2
            ORDER BY persoon_id""";

    private final JdbcClient jdbc;

    public Betrokkenheden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which organisations, and within them which teams, a gezin is for (issue 13 point 2): by the chain's own events
     * and by registration (view {@code betrokkenheid}), or by the chain's events alone (table
     * {@code ketenbetrokkenheid}). Ended involvement counts: it was theirs. An involvement without a team is the whole
     * organisation's.
     */
    public OrganisatieOpzoeker gezinnen(boolean alleenDoorKeten) {
        String bron = alleenDoorKeten ? "ketenbetrokkenheid" : "betrokkenheid";
        return OrganisatieOpzoeker.van("gezinId", id -> new HashSet<>(jdbc.sql(
                        "SELECT DISTINCT organisatie FROM " + bron + " WHERE gezin_id = ?")
                        .param(id).query(String.class).list()))
                .metTeams((id, organisatie) -> {
                    Set<String> teams = new HashSet<>();
                    for (String[] rij : jdbc.sql("SELECT teams FROM " + bron
                                    + " WHERE gezin_id = ? AND lower(organisatie) = lower(?)")
                            .params(id, organisatie).query((rs, n) -> (String[]) rs.getArray(1).getArray()).list()) {
                        if (rij.length == 0) {
                            teams.add(null); // this involvement has no team: every team of the organisation
                        } else {
                            teams.addAll(Arrays.asList(rij));
                        }
                    }
                    return teams;
                });
    }

    /** Whether {@code organisatie} is involved now with the gezin: what entitles it to see the others. */
    /**
     * Whether the organisation is or was involved with the gezin: what it did there stays its own to read (issue 13;
     * Veilig Thuis monitors after its handover ended its involvement by melding).
     */
    public boolean isOfWasBetrokken(String organisatie, String gezinId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM betrokkenheid WHERE gezin_id = ? AND lower(organisatie) = lower(?))")
                .params(gezinId, organisatie)
                .query(Boolean.class).single();
    }

    public boolean isBetrokken(String organisatie, String gezinId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM betrokkenheid
                               WHERE gezin_id = ? AND organisatie = ? AND beeindigd_op IS NULL)""")
                .params(gezinId, organisatie)
                .query(Boolean.class).single();
    }

    /**
     * The gezin's involvement, plus that of other gezinnen with its registered children; empty when nothing is
     * known of the gezin. {@code organisatie} is the caller's: only its own registrations show their id.
     */
    public Optional<BetrokkenheidVanGezin> vanGezin(String gezinId, String organisatie) {
        List<BetrokkenOrganisatie> rijen = jdbc.sql("""
                SELECT * FROM betrokkenheid
                WHERE gezin_id = :gezin
                   OR persoon_id IN (SELECT persoon_id FROM betrokkenheid
                                     WHERE gezin_id = :gezin AND persoon_id IS NOT NULL)
                ORDER BY sinds, organisatie""")
                .param("gezin", gezinId)
                .query((rs, nr) -> rij(rs, organisatie))
                .list();
        if (rijen.isEmpty()) {
            return Optional.empty();
        }
        List<String> kinderen = kinderenMetMatch(gezinId);
        return Optional.of(new BetrokkenheidVanGezin(gezinId,
                aantalOrganisaties(gezinId) >= 2 || !kinderen.isEmpty(), kinderen, rijen));
    }

    /** Gezinnen with a match that {@code organisatie} is involved in; every gezin with a match when null. */
    public List<Match> matches(String organisatie) {
        List<String> gezinnen = organisatie == null
                ? jdbc.sql("SELECT DISTINCT gezin_id FROM betrokkenheid WHERE beeindigd_op IS NULL ORDER BY gezin_id")
                        .query(String.class).list()
                : jdbc.sql("""
                        SELECT DISTINCT gezin_id FROM betrokkenheid
                        WHERE organisatie = ? AND beeindigd_op IS NULL ORDER BY gezin_id""")
                        .param(organisatie).query(String.class).list();
        List<Match> matches = new ArrayList<>();
        for (String gezinId : gezinnen) {
            int aantal = aantalOrganisaties(gezinId);
            List<String> kinderen = kinderenMetMatch(gezinId);
            if (aantal >= 2 || !kinderen.isEmpty()) {
                matches.add(new Match(gezinId, aantal, kinderen));
            }
        }
        return matches;
    }

    private int aantalOrganisaties(String gezinId) {
        return jdbc.sql("""
                SELECT count(DISTINCT organisatie) FROM betrokkenheid
                WHERE gezin_id = ? AND beeindigd_op IS NULL""")
                .param(gezinId).query(Integer.class).single();
    }

    private List<String> kinderenMetMatch(String gezinId) {
        return jdbc.sql(KINDEREN_MET_MATCH).param("gezin", gezinId).query(String.class).list();
    }

    private static BetrokkenOrganisatie rij(ResultSet rs, String organisatie) throws SQLException {
        String reden = rs.getString("reden");
        boolean eigen = organisatie != null && organisatie.equals(rs.getString("organisatie"));
        return new BetrokkenOrganisatie(rs.getString("organisatie"), rs.getString("rol"),
                Grond.valueOf(rs.getString("grond")), reden == null ? null : Reden.valueOf(reden),
                rs.getString("persoon_id"), instant(rs, "sinds"), instant(rs, "beeindigd_op"),
                eigen ? rs.getString("betrokkenheid_id") : null);
    }

    private static Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp waarde = rs.getTimestamp(kolom);
        return waarde == null ? null : waarde.toInstant();
    }
}
