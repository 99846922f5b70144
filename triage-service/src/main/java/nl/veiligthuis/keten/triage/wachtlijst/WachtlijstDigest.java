package nl.veiligthuis.keten.triage.wachtlijst;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.triage.triage.TriageOverzichtDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes processing group "wachtlijst" rebuildable (R19, docs/herbouw.md). Its rows name no gezin: they find it
 * through the melding in triage_overzicht (another group, which a herbouw of this one leaves alone).
 */
@Configuration(proxyBeanMethods = false)
public class WachtlijstDigest {

    private static final String GEZIN_VAN_MELDING =
            "(SELECT o.gezin_id FROM triage_overzicht o WHERE o.melding_id = t.melding_id)";

    @Bean
    public ProjectieDigest wachtlijstProjectie() {
        return ProjectieDigest.voor("wachtlijst")
                .tabel("wachtlijst_zaak", GEZIN_VAN_MELDING)
                .tabel("wachtlijst_ronde", GEZIN_VAN_MELDING)
                .bijgewerktVia(TriageOverzichtDigest.GEZINNEN_VAN_AGGREGATEN);
    }
}
