package nl.veiligthuis.keten.monitoring.monitoring;

import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes processing group "monitoring-overzicht" rebuildable from the event store (R19, docs/herbouw.md). The timeline
 * is not an Axon projection; it has its own herbouw from Kafka ({@code /api/v1/beheer/tijdlijn/herbouw}).
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringOverzichtDigest {

    @Bean
    public ProjectieDigest monitoringOverzichtProjectie() {
        return ProjectieDigest.voor("monitoring-overzicht")
                .tabel("monitoring_overzicht", "t.gezin_id")
                .tabel("monitoring_contact",
                        "(SELECT o.gezin_id FROM monitoring_overzicht o WHERE o.monitoring_id = t.monitoring_id)")
                .tabel("monitoring_doel",
                        "(SELECT o.gezin_id FROM monitoring_overzicht o WHERE o.monitoring_id = t.monitoring_id)")
                .bijgewerktVia("SELECT gezin_id FROM monitoring_overzicht WHERE monitoring_id = ANY(:aggregaten)");
    }
}
