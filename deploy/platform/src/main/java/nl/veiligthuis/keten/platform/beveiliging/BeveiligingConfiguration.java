package nl.veiligthuis.keten.platform.beveiliging;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.platform.web.ProblemResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One explicit filter chain for every service (ADR 0003, ADR 0007): every operation needs a valid bearer JWT and a
 * role or scope its {@link Toegangsregels} admit; only the OpenAPI document, the API docs and health answer without
 * a token. A request no rule names is refused. Registered before Boot's own security auto-configuration.
 *
 * <p>The token's key comes from Boot's standard properties ({@code spring.security.oauth2.resourceserver.jwt.*}:
 * {@code issuer-uri} or {@code jwk-set-uri} and {@code audiences} in production; the development key only in
 * {@link Ontwikkelmodus}). A service without a key or an audience does not start.
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

    /** What answers without a token: the API's description and health, nothing with personal data. */
    public static final List<String> OPEN_PADEN = List.of("/api/v1/openapi.json", "/api/v1/openapi.json/**",
            "/api/v1/docs", "/api/v1/docs/**", "/swagger-ui/**", "/actuator/health", "/actuator/health/**");

    static {
        // the caller comes from the token, never from the request: not an API parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Beller.class);
    }

    @Bean
    public SecurityFilterChain ketenFilterChain(HttpSecurity http, ObjectProvider<Toegangsregels> toegang,
                                                ObjectProvider<JwtDecoder> decoder, Environment omgeving)
            throws Exception {
        JwtDecoder sleutel = decoder.getIfAvailable();
        Ontwikkelmodus.bewaak(omgeving, sleutel != null);
        List<Toegangsregel> regels = regels(toegang);
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
                .authorizeHttpRequests(autorisatie -> {
                    // the request itself was authorised; its error or async dispatch is the same request
                    autorisatie.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    OPEN_PADEN.forEach(pad -> autorisatie.requestMatchers(pad).permitAll());
                    regels.forEach(regel -> autorisatie.requestMatchers(regel.methode(), regel.patroon())
                            .access(new RegelToegang(regel)));
                    autorisatie.requestMatchers("/actuator/**").hasRole(Rol.BEHEERDER);
                    autorisatie.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(sleutel).jwtAuthenticationConverter(autoriteiten()))
                        .authenticationEntryPoint(problemen)
                        .accessDeniedHandler(problemen))
                .addFilterAfter(new TokenVastleggen(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * A path Spring Security's firewall refuses (encoded slashes, {@code ..}, control characters: path tricks) gets
     * problem+json like every other refusal, not an empty 400 (issue 13 point 8).
     */
    @Bean
    public RequestRejectedHandler padGeweigerd() {
        return (request, response, fout) -> {
            ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Het pad van dit verzoek is niet toegestaan; er is niets gewijzigd.");
            probleem.setTitle("Ongeldig pad");
            probleem.setType(URI.create("about:blank"));
            ProblemResponse.schrijf(request, response, probleem);
        };
    }

    /** Added by Boot to the JwtDecoder it builds from the properties. */
    @Bean
    public OAuth2TokenValidator<Jwt> verplichteClaims() {
        return new VerplichteClaims();
    }

    /** The platform's own operator endpoints (klok, parked records, herbouw): the beheerder only. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public Toegangsregels beheerToegang() {
        return Toegangsregels.bouw()
                .get("/api/v1/beheer/**", Rol.BEHEERDER)
                .post("/api/v1/beheer/**", Rol.BEHEERDER)
                .klaar();
    }

    @Bean
    public WebMvcConfigurer bellerEnWerkgebied(ObjectProvider<OrganisatieOpzoeker> opzoekers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new BellerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new WerkgebiedControle(opzoekers.orderedStream().toList()))
                        .addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    public OpenApiCustomizer toegangInOpenApi(ObjectProvider<Toegangsregels> toegang) {
        return new ToegangDocumentatie(() -> regels(toegang));
    }

    private static List<Toegangsregel> regels(ObjectProvider<Toegangsregels> toegang) {
        return toegang.orderedStream().flatMap(regels -> regels.regels().stream()).toList();
    }

    /** The role claim as {@code ROLE_<rol>} and each scope as {@code SCOPE_<scope>}. */
    private static JwtAuthenticationConverter autoriteiten() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(token -> {
            Beller beller = Beller.uit(token);
            List<GrantedAuthority> autoriteiten = new ArrayList<>();
            autoriteiten.add(new SimpleGrantedAuthority("ROLE_" + beller.rol()));
            beller.scopes().forEach(scope -> autoriteiten.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
            return autoriteiten;
        });
        return converter;
    }
}
