package nl.veiligthuis.keten.platform.tijd;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * Bean validation's {@code @PastOrPresent} judges by the chain's clock in Europe/Amsterdam, not by the JVM's zone
 * (issue 14 point 6: a contact of today, recorded just after midnight, is not in the future).
 */
class KlokValidatieTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KlokConfiguration.class, ValidationAutoConfiguration.class));

    record Dag(@PastOrPresent LocalDate op) {
    }

    @Test
    void pastOrPresentIsJudgedByTheChainsClock() {
        // the clock started ten days ahead: a day five days ahead (by the system) is its past, eleven its future
        context.withBean(Klok.class, () -> {
            Klok klok = Klok.systeem();
            klok.verschuif(Duration.ofDays(10));
            return klok;
        }).run(ctx -> {
            Validator validator = ctx.getBean(Validator.class);
            LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            assertThat(validator.validate(new Dag(vandaag.plusDays(5)))).isEmpty();
            assertThat(validator.validate(new Dag(vandaag.plusDays(11)))).hasSize(1);
        });
        context.run(ctx -> {
            Validator validator = ctx.getBean(Validator.class);
            assertThat(validator.validate(new Dag(LocalDate.now(ctx.getBean(Klok.class))))).isEmpty();
        });
    }
}
