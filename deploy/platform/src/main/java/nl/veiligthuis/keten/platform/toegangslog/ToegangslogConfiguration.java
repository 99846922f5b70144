package nl.veiligthuis.keten.platform.toegangslog;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.veiligthuis.keten.platform.beveiliging.Ontwikkelmodus;
import nl.veiligthuis.keten.platform.beveiliging.Rol;
import nl.veiligthuis.keten.platform.beveiliging.Toegangsregels;
import nl.veiligthuis.keten.platform.web.WebConfiguration;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** The access log (R20) in every service: its table, the filter that fills it and the endpoints that read it. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ToegangslogController.class)
public class ToegangslogConfiguration {

    /** Picked up by Spring Boot's Flyway configuration: runs after every migration, as the owner. */
    @Bean
    public Callback dienstrolrechten(@Value("${spring.datasource.username:}") String dienstrol) {
        return new Dienstrolrechten(dienstrol);
    }

    @Bean
    public Toegangslog toegangslog(JdbcTemplate jdbc, PlatformTransactionManager transacties, Environment omgeving) {
        Dienstrolcontrole.bewaak(jdbc, omgeving);
        return new Toegangslog(jdbc, transacties);
    }

    @Bean
    Grondslagen grondslagen(Environment omgeving) {
        return new Grondslagen(omgeving);
    }

    @Bean
    public FilterRegistrationBean<ToegangslogFilter> toegangslogFilter(
            Toegangslog log, ObjectProvider<GezinOpzoeker> opzoekers, ObjectProvider<PersoonOpzoeker> persoonOpzoekers,
            ApplicationContext context, Grondslagen grondslagen,
            Clock klok, MeterRegistry meters, @Value("${spring.application.name:onbekend}") String dienst) {
        // the handler mapping is looked up per request: it exists only once the MVC configuration has run
        HandlerMapping operaties = request -> context.getBean("requestMappingHandlerMapping", HandlerMapping.class)
                .getHandler(request);
        var opbouw = new Registratieopbouw(dienst, opzoekers.orderedStream().toList(),
                persoonOpzoekers.orderedStream().toList(), operaties,
                grondslagen, JsonMapper.builder().build());
        var registration = new FilterRegistrationBean<>(new ToegangslogFilter(log, opbouw, klok, meters));
        registration.addUrlPatterns("/api/*");
        // outermost: before the size limit and Spring Security, so that what they refuse is recorded too
        registration.setOrder(WebConfiguration.SECURITY_FILTER_ORDER - 20);
        return registration;
    }

    /** The other services by name and address ({@code keten.diensten.<service>}), for the chain's overview. */
    @Bean
    Ketentoegangslog ketentoegangslog(Toegangslog log, Environment omgeving,
                                      @Value("${spring.application.name:onbekend}") String dienst) {
        Map<String, String> diensten = Binder.get(omgeving)
                .bind("keten.diensten", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        return new Ketentoegangslog(log, dienst, diensten, JsonMapper.builder().build(), !Ontwikkelmodus.aan(omgeving));
    }

    @Bean
    Toegangsanker toegangsanker(JdbcTemplate jdbc, KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties,
                                Clock klok, @Value("${spring.application.name:onbekend}") String dienst) {
        return new Toegangsanker(jdbc, kafka, kafkaProperties.buildConsumerProperties(), JsonMapper.builder().build(),
                dienst, klok);
    }

    /** The chain's head, anchored outside the database at this interval (and at the first run after a start). */
    @Bean
    public RecurringTask<Void> toegangslogVerankeren(Toegangsanker anker,
                                                     @Value("${keten.toegangslog.anker-interval:PT1M}")
                                                     Duration interval) {
        return Tasks.recurring("toegangslog-verankeren", Schedules.fixedDelay(interval))
                .execute((uitvoering, context) -> anker.veranker());
    }

    /** The overview is the inspecteur's; whether the chain is intact, also the beheerder's (no personal data). */
    @Bean
    public Toegangsregels toegangslogToegang() {
        return Toegangsregels.bouw()
                .get("/api/v1/toegangslog", Rol.INSPECTEUR)
                .get("/api/v1/toegangslog/keten", Rol.INSPECTEUR)
                .get("/api/v1/toegangslog/logboek-dataverwerkingen", Rol.INSPECTEUR)
                .get("/api/v1/toegangslog/verificatie", Rol.INSPECTEUR, Rol.BEHEERDER)
                .klaar();
    }
}
