package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link OndersteuningsplanProjection} writes in group "zaakdossier" (R19): the ondersteuningsplan with its goals, actions, reviews and evaluations, and the procesbesprekingen. */
@Configuration(proxyBeanMethods = false)
public class OndersteuningsplanDigest {

    @Bean
    public ProjectieDigest zaakdossierOndersteuningsplan() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("ondersteuningsplan", GEZIN_VAN_ZAAK)
                .tabel("ondersteuningsplan_doel", GEZIN_VAN_ZAAK)
                .tabel("ondersteuningsplan_actie", GEZIN_VAN_ZAAK)
                .tabel("ondersteuningsplan_beoordeling", GEZIN_VAN_ZAAK)
                .tabel("ondersteuningsplan_evaluatie", GEZIN_VAN_ZAAK)
                .tabel("ondersteuningsplan_evaluatie_doel", GEZIN_VAN_ZAAK)
                .tabel("procesbespreking", GEZIN_VAN_ZAAK);
    }
}
