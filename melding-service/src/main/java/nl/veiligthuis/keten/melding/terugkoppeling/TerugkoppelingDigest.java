package nl.veiligthuis.keten.melding.terugkoppeling;

import nl.veiligthuis.keten.melding.melding.MeldingOverzichtDigest;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "terugkoppelingen" rebuildable (R19, docs/herbouw.md); the gezin comes via the melding. */
@Configuration(proxyBeanMethods = false)
public class TerugkoppelingDigest {

    @Bean
    public ProjectieDigest terugkoppelingenProjectie() {
        return ProjectieDigest.voor("terugkoppelingen")
                .tabel("terugkoppeling", MeldingOverzichtDigest.GEZIN_VAN_MELDING)
                .bijgewerktVia(MeldingOverzichtDigest.GEZINNEN_VAN_MELDINGEN);
    }
}
