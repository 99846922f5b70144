package nl.veiligthuis.keten.platform.tijd;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(beforeName = "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration")
public class KlokConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Klok klok() {
        return Klok.systeem();
    }

    @Bean
    @ConditionalOnProperty(name = "keten.klok.verschuifbaar", havingValue = "true")
    public KlokController klokController(Klok klok) {
        return new KlokController(klok);
    }

    /** db-scheduler decides which deadlines are due by this clock, so a moved {@link Klok} fires them. */
    @Bean
    public com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Klok klok) {
        return klok::instant;
    }
}
