package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The steering metrics are recomputed on a fixed delay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StuurinformatieConfiguration {
}
