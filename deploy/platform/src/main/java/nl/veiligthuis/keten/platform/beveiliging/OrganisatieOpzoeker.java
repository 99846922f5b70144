package nl.veiligthuis.keten.platform.beveiliging;

import java.util.Collections;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Which organisations may see the object a request parameter names (issue 13 point 2): for a {@code meldingId} the
 * Veilig Thuis regio that holds it, for a {@code zaakId} the wijkteam of its gemeente, for a {@code gezinId} every
 * organisation involved. Organisations are named as the chain's events name them in {@code actor.organisatie} and as
 * the token's {@code organisatie} claim names the caller. An empty set means the object is unknown.
 *
 * @param parameter a path variable ({@code meldingId}) or query parameter ({@code regio}) of the service's operations
 * @param alleenOp  the path it applies to, or {@code null} for every path
 * @param teams     the teams of the caller's organisation that hold the object, by object and organisation: a
 *                  {@code null} team in it (or an empty set) means no team holds it yet, so every team of that
 *                  organisation may; {@code null} where objects have no team
 */
public record OrganisatieOpzoeker(String parameter, Function<String, Set<String>> organisaties, String alleenOp,
                                  BiFunction<String, String, Set<String>> teams) {

    public static OrganisatieOpzoeker van(String parameter, Function<String, Set<String>> organisaties) {
        return new OrganisatieOpzoeker(parameter, organisaties, null, null);
    }

    /** Only on this path, e.g. a worklist's {@code regio}, not the waiting lists' (counts, no personal data). */
    public static OrganisatieOpzoeker op(String pad, String parameter, Function<String, Set<String>> organisaties) {
        return new OrganisatieOpzoeker(parameter, organisaties, pad, null);
    }

    /**
     * The same, and within the organisation the team that holds the object: a caller whose token names a team
     * ({@link Beller#team()}) sees only that team's objects, and those no team holds yet.
     */
    public OrganisatieOpzoeker metTeam(Function<String, String> team) {
        return metTeams((waarde, organisatie) -> Collections.singleton(team.apply(waarde)));
    }

    /**
     * The same, for an object several organisations and teams may hold (a gezin): given the object and the caller's
     * organisation, the teams of that organisation that hold it.
     */
    public OrganisatieOpzoeker metTeams(BiFunction<String, String, Set<String>> teams) {
        return new OrganisatieOpzoeker(parameter, organisaties, alleenOp, teams);
    }

    /** Whether the object lies outside the caller's organisation, or within it outside the caller's team. */
    public boolean buiten(Beller beller, String waarde) {
        if (organisaties.apply(waarde).stream().noneMatch(beller::isVan)) {
            return true;
        }
        if (teams == null || beller.team() == null) {
            return false;
        }
        Set<String> houders = teams.apply(waarde, beller.organisatie());
        return !houders.isEmpty() && houders.stream().noneMatch(beller::isVanTeam);
    }

    boolean geldtOp(String pad) {
        return alleenOp == null || alleenOp.equals(pad);
    }
}
