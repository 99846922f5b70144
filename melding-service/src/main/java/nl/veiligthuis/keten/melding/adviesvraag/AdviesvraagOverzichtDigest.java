package nl.veiligthuis.keten.melding.adviesvraag;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes processing group "adviesvraag-overzicht" rebuildable (R19, docs/herbouw.md). An adviesvraag names no gezin,
 * so its digest is per adviesvraag: in this group's comparison the "gezinIds" are adviesvraag ids.
 */
@Configuration(proxyBeanMethods = false)
public class AdviesvraagOverzichtDigest {

    @Bean
    public ProjectieDigest adviesvraagOverzichtProjectie() {
        return ProjectieDigest.voor("adviesvraag-overzicht")
                .tabel("adviesvraag_overzicht", "t.adviesvraag_id")
                .bijgewerktVia("SELECT adviesvraag_id FROM adviesvraag_overzicht WHERE adviesvraag_id = ANY(:aggregaten)");
    }
}
