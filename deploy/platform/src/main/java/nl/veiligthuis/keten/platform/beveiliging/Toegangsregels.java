package nl.veiligthuis.keten.platform.beveiliging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * A service's access rules, one per operation it publishes (docs/security.md). Every request that no rule and no
 * open path names is refused, so an operation added without a rule answers 401 or 403 and the service's access
 * matrix test fails. A service declares one bean; the platform adds one for its own beheer endpoints.
 */
public record Toegangsregels(List<Toegangsregel> regels) {

    public Toegangsregels {
        regels = List.copyOf(regels);
    }

    public static Bouwer bouw() {
        return new Bouwer();
    }

    public static final class Bouwer {

        private final List<Toegangsregel> regels = new ArrayList<>();

        private Bouwer() {
        }

        public Bouwer get(String patroon, String... rollen) {
            return regel(HttpMethod.GET, patroon, rollen);
        }

        public Bouwer post(String patroon, String... rollen) {
            return regel(HttpMethod.POST, patroon, rollen);
        }

        public Bouwer delete(String patroon, String... rollen) {
            return regel(HttpMethod.DELETE, patroon, rollen);
        }

        public Bouwer regel(HttpMethod methode, String patroon, String... rollen) {
            regels.add(new Toegangsregel(methode, patroon, Set.of(rollen), Set.of(), false));
            return this;
        }

        /** For a partner system: the operation admits these roles and, by client credentials, this scope. */
        public Bouwer postMetScope(String patroon, String scope, String... rollen) {
            regels.add(new Toegangsregel(HttpMethod.POST, patroon, Set.of(rollen), Set.of(scope), false));
            return this;
        }

        /** For another service of the chain: the read admits these roles and, by client credentials, this scope. */
        public Bouwer getMetScope(String patroon, String scope, String... rollen) {
            regels.add(new Toegangsregel(HttpMethod.GET, patroon, Set.of(rollen), Set.of(scope), false));
            return this;
        }

        /** Every organisation in the chain (any role but the beheerder; for a change not the inspecteur): R18. */
        public Bouwer elkeOrganisatie(HttpMethod methode, String patroon) {
            regels.add(new Toegangsregel(methode, patroon, Set.of(), Set.of(), true));
            return this;
        }

        public Toegangsregels klaar() {
            return new Toegangsregels(regels);
        }
    }
}
