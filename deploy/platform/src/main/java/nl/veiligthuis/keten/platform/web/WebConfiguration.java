package nl.veiligthuis.keten.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.module.SimpleModule;

@AutoConfiguration
@Import({ProblemDetailsAdvice.class, VolledigeInvoer.class})
public class WebConfiguration {

    /** Spring Boot's default order of the Spring Security filter chain. */
    public static final int SECURITY_FILTER_ORDER = -100;

    @Bean
    public FilterRegistrationBean<ApiHeadersFilter> apiHeadersFilter(
            @Value("${keten.api-version:1.0.0}") String apiVersion) {
        var registration = new FilterRegistrationBean<>(new ApiHeadersFilter(apiVersion));
        // before Spring Security's chain (-100) and the idempotency filter, so a 401, a replayed or a refused
        // response carries the headers too
        registration.setOrder(SECURITY_FILTER_ORDER - 10);
        return registration;
    }

    /** Tomcat's own refusals (before any filter) as problem+json (issue 13 point 8). */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> foutrapportAlsProbleem() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemFoutrapport.class.getName());
            }
        });
    }

    /** Before anything reads a body: an oversized one is refused unread (issue 13 point 8). */
    @Bean
    public FilterRegistrationBean<MaximaleOmvangFilter> maximaleOmvangFilter(
            @Value("${keten.web.max-omvang:256KB}") DataSize maximum) {
        var registration = new FilterRegistrationBean<>(new MaximaleOmvangFilter(maximum));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SECURITY_FILTER_ORDER - 5);
        return registration;
    }

    /**
     * Every invalid field of a body at once, even past a value that cannot be read, and text only as text (issue 13
     * point 8).
     */
    @Bean
    public JsonMapperBuilderCustomizer onleesbareVeldenNoteren() {
        return builder -> builder.addHandler(new OnleesbareVelden())
                .addModule(new SimpleModule("tekst-zonder-omzetting")
                        .addDeserializer(String.class, new TekstZonderOmzetting()));
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
