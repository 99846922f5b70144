package nl.veiligthuis.keten.triage.zicht;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.triage.triage.TriageOverzichtDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "zicht-op-veiligheid" rebuildable (R19, docs/herbouw.md). */
@Configuration(proxyBeanMethods = false)
public class ZichtOpVeiligheidDigest {

    @Bean
    public ProjectieDigest zichtOpVeiligheidProjectie() {
        return ProjectieDigest.voor("zicht-op-veiligheid")
                // volgnummer is a BIGSERIAL: a replay draws new numbers, in the same order, so only the order counts
                .tabel("zicht_op_veiligheid", "t.gezin_id", "volgnummer")
                .tabel("terugmelding", "t.gezin_id")
                .bijgewerktVia(TriageOverzichtDigest.GEZINNEN_VAN_AGGREGATEN);
    }
}
