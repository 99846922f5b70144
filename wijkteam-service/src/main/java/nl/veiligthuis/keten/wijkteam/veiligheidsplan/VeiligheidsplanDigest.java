package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link VeiligheidsplanProjection} writes in group "zaakdossier" (R19): the veiligheidsplan's versions, evaluations and missed evaluations. */
@Configuration(proxyBeanMethods = false)
public class VeiligheidsplanDigest {

    @Bean
    public ProjectieDigest zaakdossierVeiligheidsplan() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("veiligheidsplan_versie", GEZIN_VAN_ZAAK)
                .tabel("veiligheidsplan_evaluatie", GEZIN_VAN_ZAAK)
                .tabel("veiligheidsplan_gemiste_evaluatie", GEZIN_VAN_ZAAK);
    }
}
