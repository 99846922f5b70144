package nl.veiligthuis.keten.monitoring.betrokkenheid;

import nl.veiligthuis.keten.platform.beveiliging.BeveiligdePaden;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** R18 is only for those entitled: every path of it needs a bearer token (ADR 0003). */
@Configuration
class BetrokkenheidBeveiliging {

    @Bean
    BeveiligdePaden betrokkenheidPaden() {
        return BeveiligdePaden.van("/api/v1/betrokkenheden", "/api/v1/betrokkenheden/**",
                "/api/v1/gezinnen/*/betrokkenheid");
    }
}
