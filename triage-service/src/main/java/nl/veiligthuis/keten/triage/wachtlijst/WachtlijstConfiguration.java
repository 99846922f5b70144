package nl.veiligthuis.keten.triage.wachtlijst;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link WachtlijstMetrics#ververs()}; the terms themselves are persistent deadlines, not scheduled here. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WachtlijstConfiguration {
}
