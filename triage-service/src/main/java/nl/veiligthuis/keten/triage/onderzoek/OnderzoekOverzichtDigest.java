package nl.veiligthuis.keten.triage.onderzoek;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.triage.triage.TriageOverzichtDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "onderzoek-overzicht" rebuildable (R19, docs/herbouw.md); not "onderzoek-starter". */
@Configuration(proxyBeanMethods = false)
public class OnderzoekOverzichtDigest {

    @Bean
    public ProjectieDigest onderzoekOverzichtProjectie() {
        return ProjectieDigest.voor("onderzoek-overzicht")
                .tabel("onderzoek_overzicht", "t.gezin_id")
                .bijgewerktVia(TriageOverzichtDigest.GEZINNEN_VAN_AGGREGATEN);
    }
}
