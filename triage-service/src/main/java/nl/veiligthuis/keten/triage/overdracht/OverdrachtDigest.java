package nl.veiligthuis.keten.triage.overdracht;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.triage.triage.TriageOverzichtDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "overdracht" rebuildable (R19, docs/herbouw.md). */
@Configuration(proxyBeanMethods = false)
public class OverdrachtDigest {

    @Bean
    public ProjectieDigest overdrachtProjectie() {
        return ProjectieDigest.voor("overdracht")
                .tabel("overdracht", "t.gezin_id")
                .bijgewerktVia(TriageOverzichtDigest.GEZINNEN_VAN_AGGREGATEN);
    }
}
