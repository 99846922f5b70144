package nl.veiligthuis.keten.wijkteam.monitoring;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link MonitoringcontactenProjection} writes in group "zaakdossier" (R19): the monitoring contacts with VT and their goals. */
@Configuration(proxyBeanMethods = false)
public class MonitoringcontactenDigest {

    @Bean
    public ProjectieDigest zaakdossierMonitoringcontacten() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("zaak_monitoringcontact", GEZIN_VAN_ZAAK)
                .tabel("zaak_monitoringcontact_doel", """
                        (SELECT o.gezin_id FROM zaak_monitoringcontact c JOIN zaak_overzicht o ON o.zaak_id = c.zaak_id
                         WHERE c.contact_id = t.contact_id)""");
    }
}
