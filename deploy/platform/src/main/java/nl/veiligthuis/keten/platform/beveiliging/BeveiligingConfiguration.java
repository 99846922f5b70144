package nl.veiligthuis.keten.platform.beveiliging;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One explicit filter chain for every service (ADR 0003): the paths named by {@link BeveiligdePaden} beans need a
 * valid bearer JWT, everything else is permitted as it was before Spring Security was on the classpath. Registered
 * before Boot's own security auto-configuration, whose default chain would otherwise lock every endpoint.
 *
 * <p>The token's key comes from Boot's standard properties ({@code spring.security.oauth2.resourceserver.jwt.*}:
 * {@code issuer-uri} or {@code jwk-set-uri} in production, {@code public-key-location} for the embedded run and the
 * tests). A service that protects paths but has no key configured answers 401 on them and logs a warning.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web."
                + "OAuth2ResourceServerWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class BeveiligingConfiguration {

    /** The name of the security scheme in each service's OpenAPI document. */
    public static final String SCHEMA = "bearer-jwt";

    private static final Logger LOG = LoggerFactory.getLogger(BeveiligingConfiguration.class);

    static {
        // the caller comes from the token, never from the request: not an API parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Beller.class);
    }

    @Bean
    public SecurityFilterChain ketenFilterChain(HttpSecurity http, ObjectProvider<BeveiligdePaden> beveiligd,
                                                ObjectProvider<JwtDecoder> decoder) throws Exception {
        List<String> patronen = patronen(beveiligd);
        var problemen = new ProblemEntryPoint();
        // bearer tokens only, no cookies or sessions: CSRF does not apply; ApiHeadersFilter writes the headers
        http.csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessies -> sessies.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(fouten -> fouten.authenticationEntryPoint(problemen).accessDeniedHandler(problemen))
                .authorizeHttpRequests(toegang -> {
                    patronen.forEach(patroon -> toegang.requestMatchers(patroon).authenticated());
                    toegang.anyRequest().permitAll();
                });
        if (!patronen.isEmpty()) {
            JwtDecoder sleutel = decoder.getIfAvailable();
            if (sleutel == null) {
                LOG.warn("Paden {} vragen een token, maar er is geen sleutel geconfigureerd "
                        + "(spring.security.oauth2.resourceserver.jwt.*): zij antwoorden 401", patronen);
            } else {
                http.oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(sleutel).jwtAuthenticationConverter(rollen()))
                        .authenticationEntryPoint(problemen)
                        .accessDeniedHandler(problemen));
            }
        }
        return http.build();
    }

    /** Added by Boot to the JwtDecoder it builds from the properties. */
    @Bean
    public OAuth2TokenValidator<Jwt> verplichteClaims() {
        return new VerplichteClaims();
    }

    @Bean
    public WebMvcConfigurer bellerParameter() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new BellerArgumentResolver());
            }
        };
    }

    @Bean
    public OpenApiCustomizer bearerInOpenApi(ObjectProvider<BeveiligdePaden> beveiligd) {
        return new BearerDocumentatie(() -> patronen(beveiligd));
    }

    private static List<String> patronen(ObjectProvider<BeveiligdePaden> beveiligd) {
        return beveiligd.orderedStream().flatMap(paden -> paden.patronen().stream()).distinct().toList();
    }

    /** The role claim as authority {@code ROLE_<rol>}, so {@code hasRole(...)} works where a service wants it. */
    private static JwtAuthenticationConverter rollen() {
        var autoriteiten = new JwtGrantedAuthoritiesConverter();
        autoriteiten.setAuthoritiesClaimName(Beller.CLAIM_ROL);
        autoriteiten.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(autoriteiten);
        return converter;
    }
}
