package nl.veiligthuis.keten.melding.melding;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes processing group "melding-overzicht" rebuildable (R19, docs/herbouw.md). Not the gezinsregister: it is a
 * subscribing processor, handled in the command's transaction, with no token to reset.
 */
@Configuration(proxyBeanMethods = false)
public class MeldingOverzichtDigest {

    /** A melding's gezin, for tables keyed by melding_id. */
    public static final String GEZIN_VAN_MELDING =
            "(SELECT m.gezin_id FROM melding_overzicht m WHERE m.melding_id = t.melding_id)";

    /** The gezinnen of Melding aggregates, keyed by their melding id. */
    public static final String GEZINNEN_VAN_MELDINGEN =
            "SELECT gezin_id FROM melding_overzicht WHERE melding_id = ANY(:aggregaten)";

    @Bean
    public ProjectieDigest meldingOverzichtProjectie() {
        return ProjectieDigest.voor("melding-overzicht")
                .tabel("melding_overzicht", "t.gezin_id")
                // its gezin_id is the candidate gezin; the row belongs to the melding's own gezin
                .tabel("melding_mogelijk_duplicaat", GEZIN_VAN_MELDING)
                .bijgewerktVia(GEZINNEN_VAN_MELDINGEN);
    }
}
