package nl.veiligthuis.keten.monitoring.aanvulling;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes processing group "dossieraanvulling" rebuildable from the event store (R19, docs/herbouw.md). */
@Configuration(proxyBeanMethods = false)
public class AanvullingDigest {

    @Bean
    public ProjectieDigest aanvullingProjectie() {
        return ProjectieDigest.voor(AanvullingProjection.GROEP)
                .tabel("dossier_aanvulling", "t.gezin_id")
                .bijgewerktVia("SELECT gezin_id FROM dossier_aanvulling WHERE aanvulling_id = ANY(:aggregaten)");
    }
}
