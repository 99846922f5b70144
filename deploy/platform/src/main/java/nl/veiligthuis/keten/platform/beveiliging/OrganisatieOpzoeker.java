package nl.veiligthuis.keten.platform.beveiliging;

import java.util.Set;
import java.util.function.Function;

/**
 * Which organisations may see the object a request parameter names (issue 13 point 2): for a {@code meldingId} the
 * Veilig Thuis regio that holds it, for a {@code zaakId} the wijkteam of its gemeente, for a {@code gezinId} every
 * organisation involved. Organisations are named as the chain's events name them in {@code actor.organisatie} and as
 * the token's {@code organisatie} claim names the caller. An empty set means the object is unknown.
 *
 * @param parameter a path variable ({@code meldingId}) or query parameter ({@code regio}) of the service's operations
 * @param alleenOp  the path it applies to, or {@code null} for every path
 * @param team      the team of the organisation that holds the object ({@code null} while none does), or {@code null}
 *                  where objects have no team
 */
public record OrganisatieOpzoeker(String parameter, Function<String, Set<String>> organisaties, String alleenOp,
                                  Function<String, String> team) {

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
        return new OrganisatieOpzoeker(parameter, organisaties, alleenOp, team);
    }

    boolean buiten(Beller beller, String waarde) {
        return organisaties.apply(waarde).stream().noneMatch(beller::isVan)
                || team != null && beller.team() != null && !beller.isVanTeam(team.apply(waarde));
    }

    boolean geldtOp(String pad) {
        return alleenOp == null || alleenOp.equals(pad);
    }
}
