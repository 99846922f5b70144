package nl.veiligthuis.keten.platform.tijd;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@AutoConfiguration(beforeName = "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration")
public class KlokConfiguration {

    /**
     * With {@code keten.klok.verschuifbaar=true}, {@code keten.klok.verschuiving} (ISO-8601, e.g. {@code P10D}) starts
     * the clock that far ahead: the fault suite restarts a killed service days later, so that the terms that came due
     * while it was down fire when it is back.
     */
    @Bean
    @ConditionalOnMissingBean
    public Klok klok(Environment omgeving) {
        Klok klok = Klok.systeem();
        if (omgeving.getProperty("keten.klok.verschuifbaar", Boolean.class, false)) {
            klok.verschuif(omgeving.getProperty("keten.klok.verschuiving", Duration.class, Duration.ZERO));
        }
        return klok;
    }

    @Bean
    @ConditionalOnProperty(name = "keten.klok.verschuifbaar", havingValue = "true")
    public KlokController klokController(Klok klok) {
        return new KlokController(klok);
    }

    /**
     * Bean validation judges {@code @PastOrPresent} and its kin by this clock, so in Europe/Amsterdam (a contact of
     * today is valid just after midnight, whatever the JVM's own zone) and moved with it.
     */
    @Bean
    public ValidationConfigurationCustomizer klokVoorValidatie(Klok klok) {
        return configuratie -> configuratie.clockProvider(() -> klok);
    }

    /** db-scheduler decides which deadlines are due by this clock, so a moved {@link Klok} fires them. */
    @Bean
    public com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Klok klok) {
        return klok::instant;
    }
}
