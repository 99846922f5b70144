package nl.veiligthuis.keten.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class WebConfiguration {

    @Bean
    public FilterRegistrationBean<ApiHeadersFilter> apiHeadersFilter(
            @Value("${keten.api-version:1.0.0}") String apiVersion) {
        return new FilterRegistrationBean<>(new ApiHeadersFilter(apiVersion));
    }
}
