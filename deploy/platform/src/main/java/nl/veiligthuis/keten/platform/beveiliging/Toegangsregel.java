package nl.veiligthuis.keten.platform.beveiliging;

import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may call one operation: a method and a Spring path pattern, the roles ({@code rol} claim) and the scopes
 * ({@code scope} claim) it admits. {@code elkeOrganisatie} admits every caller with a role except the beheerder and a
 * partner system, and for a change also except the inspecteur, who writes nothing: R18's involvement, which any
 * organisation in the chain may register.
 */
public record Toegangsregel(HttpMethod methode, String patroon, Set<String> rollen, Set<String> scopes,
                            boolean elkeOrganisatie) {

    public Toegangsregel {
        rollen = Set.copyOf(rollen);
        scopes = Set.copyOf(scopes);
    }

    /** Whether a caller with this role and these scopes is admitted. */
    public boolean laatToe(String rol, Set<String> tokenScopes) {
        if (rollen.contains(rol) || elkeOrganisatie && !uitgesloten(rol)) {
            return true;
        }
        return tokenScopes.stream().anyMatch(scopes::contains);
    }

    /** A partner system is an organisation's software, not one of its people: it has only its scopes. */
    private boolean uitgesloten(String rol) {
        return Rol.BEHEERDER.equals(rol) || Beller.PARTNERSYSTEEM.equals(rol)
                || Rol.INSPECTEUR.equals(rol) && !HttpMethod.GET.equals(methode);
    }
}
