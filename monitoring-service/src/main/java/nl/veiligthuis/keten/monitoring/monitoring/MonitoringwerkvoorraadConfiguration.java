package nl.veiligthuis.keten.monitoring.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The worklist metric is recomputed on a fixed delay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringwerkvoorraadConfiguration {
}
