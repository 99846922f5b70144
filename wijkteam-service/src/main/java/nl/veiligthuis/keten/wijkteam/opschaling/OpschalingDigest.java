package nl.veiligthuis.keten.wijkteam.opschaling;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link OpschalingProjection} writes in group "zaakdossier" (R19): the escalations. */
@Configuration(proxyBeanMethods = false)
public class OpschalingDigest {

    @Bean
    public ProjectieDigest zaakdossierOpschaling() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("zaak_opschaling", GEZIN_VAN_ZAAK);
    }
}
