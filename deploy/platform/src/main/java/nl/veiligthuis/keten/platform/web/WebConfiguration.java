package nl.veiligthuis.keten.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    /** Spring Boot's default order of the Spring Security filter chain. */
    private static final int SECURITY_FILTER_ORDER = -100;

    @Bean
    public FilterRegistrationBean<ApiHeadersFilter> apiHeadersFilter(
            @Value("${keten.api-version:1.0.0}") String apiVersion) {
        var registration = new FilterRegistrationBean<>(new ApiHeadersFilter(apiVersion));
        // before Spring Security's chain (-100) and the idempotency filter, so a 401, a replayed or a refused
        // response carries the headers too
        registration.setOrder(SECURITY_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    public IdempotencyStore idempotencyStore(JdbcTemplate jdbcTemplate, Clock klok) {
        return new IdempotencyStore(JdbcClient.create(jdbcTemplate), klok);
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
                                                                       PlatformTransactionManager transactionManager) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, transactionManager));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(
            @Value("${keten.web.max-gelijktijdig:16}") int maxGelijktijdig,
            @Value("${keten.web.max-wachttijd:1s}") Duration maxWachttijd, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(new ConcurrencyLimitFilter(maxGelijktijdig, maxWachttijd,
                meters));
        registration.addUrlPatterns("/api/*");
        // after authentication, before the idempotency filter opens a transaction
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    @Bean
    public IdempotencyKeyParameter idempotencyKeyParameter() {
        return new IdempotencyKeyParameter();
    }
}
