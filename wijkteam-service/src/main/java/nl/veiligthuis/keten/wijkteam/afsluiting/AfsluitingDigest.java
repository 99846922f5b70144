package nl.veiligthuis.keten.wijkteam.afsluiting;

import static nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest.GEZIN_VAN_ZAAK;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tables {@link AfsluitingProjection} writes in group "zaakdossier" (R19): the closing proposals and the information shared at closing. */
@Configuration(proxyBeanMethods = false)
public class AfsluitingDigest {

    @Bean
    public ProjectieDigest zaakdossierAfsluiting() {
        return ProjectieDigest.voor(ZaakdossierDigest.GROEP)
                .tabel("zaak_afsluitvoorstel", GEZIN_VAN_ZAAK)
                .tabel("zaak_informatiedeling", GEZIN_VAN_ZAAK);
    }
}
