package nl.veiligthuis.keten.triage.triage;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "triage-overzicht" rebuildable (R19, docs/herbouw.md). */
@Configuration(proxyBeanMethods = false)
public class TriageOverzichtDigest {

    /**
     * The gezinnen of triage-service's aggregates: a Triage is keyed by its melding, an Onderzoek by its own id.
     * Shared by every rebuildable group of this service.
     */
    public static final String GEZINNEN_VAN_AGGREGATEN = """
            SELECT gezin_id FROM triage_overzicht WHERE melding_id = ANY(:aggregaten)
            UNION SELECT gezin_id FROM onderzoek_overzicht WHERE onderzoek_id = ANY(:aggregaten)""";

    @Bean
    public ProjectieDigest triageOverzichtProjectie() {
        return ProjectieDigest.voor("triage-overzicht")
                .tabel("triage_overzicht", "t.gezin_id")
                .bijgewerktVia(GEZINNEN_VAN_AGGREGATEN);
    }
}
