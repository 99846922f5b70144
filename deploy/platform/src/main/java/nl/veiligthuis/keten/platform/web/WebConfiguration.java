package nl.veiligthuis.keten.platform.web;

import java.time.Clock;
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
    public IdempotencyStore idempotencyStore(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                                             Clock klok) {
        return new IdempotencyStore(JdbcClient.create(jdbcTemplate), transactionManager, klok);
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public IdempotencyKeyParameter idempotencyKeyParameter() {
        return new IdempotencyKeyParameter();
    }
}
