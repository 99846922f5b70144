package nl.veiligthuis.keten.platform.privacy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.veiligthuis.keten.platform.beveiliging.Ontwikkelmodus;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crypto-shredding in every service (R21, issue 13 point 6): the key store, the event store's serializer that
 * encrypts {@link Persoonsgegeven}s, the read models' encryption, the erasure endpoint, its propagation through the
 * chain and the retention period.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@Import(Wissing.class)
public class PrivacyConfiguration {

    static final String HOOFDSLEUTEL = "keten.privacy.hoofdsleutel";
    static final String VORIGE_HOOFDSLEUTELS = "keten.privacy.vorige-hoofdsleutels";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyConfiguration.class);
    private static final int MINIMALE_LENGTE = 32;
    private static final String ONTWIKKELSLEUTEL = "ontwikkeling-";

    @Bean
    public Sleutelkluis sleutelkluis(JdbcTemplate jdbc, Clock klok, Environment omgeving) {
        String hoofdsleutel = omgeving.getProperty(HOOFDSLEUTEL, "");
        if (hoofdsleutel.length() < MINIMALE_LENGTE) {
            throw new IllegalStateException(HOOFDSLEUTEL + " (KETEN_PRIVACY_HOOFDSLEUTEL) moet minstens "
                    + MINIMALE_LENGTE + " tekens zijn: de sleutel waarmee de sleutels per gezin zijn verpakt (R21)");
        }
        if (hoofdsleutel.startsWith(ONTWIKKELSLEUTEL) && !Ontwikkelmodus.aan(omgeving)) {
            throw new IllegalStateException(HOOFDSLEUTEL + " is de ontwikkelsleutel, die alleen in ontwikkelmodus "
                    + "bruikbaar is: zet KETEN_PRIVACY_HOOFDSLEUTEL");
        }
        // a comma-separated text (an environment variable) or a list (YAML)
        List<String> vorige = Binder.get(omgeving).bind(VORIGE_HOOFDSLEUTELS, Bindable.listOf(String.class))
                .orElse(List.of()).stream().map(String::strip).filter(sleutel -> !sleutel.isEmpty()).toList();
        if (vorige.stream().anyMatch(sleutel -> sleutel.length() < MINIMALE_LENGTE)) {
            throw new IllegalStateException(VORIGE_HOOFDSLEUTELS + " (KETEN_PRIVACY_VORIGE_HOOFDSLEUTELS): elke vorige "
                    + "hoofdsleutel is minstens " + MINIMALE_LENGTE + " tekens, gescheiden door komma's");
        }
        return new Sleutelkluis(jdbc, hoofdsleutel, vorige, klok);
    }

    /** Master-key rotation: before the service reports ready, every key is wrapped with the current master key. */
    @Bean
    public ApplicationRunner hoofdsleutelwissel(Sleutelkluis kluis) {
        return argumenten -> {
            int herverpakt = kluis.verpakOpnieuw();
            if (herverpakt > 0) {
                LOG.info("{} keys re-wrapped with the current master key: {} may now be removed", herverpakt,
                        VORIGE_HOOFDSLEUTELS);
            }
        };
    }

    @Bean
    public Leesmodelversleuteling leesmodelversleuteling(Sleutelkluis kluis) {
        return new Leesmodelversleuteling(kluis);
    }

    @Bean
    public Herversleuteling herversleuteling(JdbcTemplate jdbc,
                                             @org.springframework.beans.factory.annotation.Qualifier("eventSerializer")
                                             Serializer eventSerializer, PlatformTransactionManager transacties,
                                             Clock klok, Leesmodelherbouw leesmodellen, Sleutelkluis kluis) {
        return new Herversleuteling(jdbc, VersleutelendeSerializer.omhul(eventSerializer),
                new TransactionTemplate(transacties), klok, leesmodellen, kluis);
    }

    @Bean
    Leesmodelherbouw leesmodelherbouw(ObjectProvider<ProjectieHerbouw> herbouw) {
        return new Leesmodelherbouw(herbouw);
    }

    @Bean
    public Gezinswisser gezinswisser(Sleutelkluis kluis, ObjectProvider<Wisactie> acties,
                                     ObjectProvider<OpgeganeGezinnen> opgegaan) {
        return new Gezinswisser(kluis, acties.orderedStream().toList(), opgegaan.orderedStream().toList());
    }

    @Bean
    public OneTimeTask<Ketenwissing.Wissingbericht> ketenwissingTaak(
            KafkaTemplate<String, byte[]> kafka, JsonMapper json, @Value("${spring.application.name}") String dienst) {
        return Ketenwissing.taak(kafka, json, dienst);
    }

    @Bean
    public Ketenwissing ketenwissing(SchedulerClient planner, OneTimeTask<Ketenwissing.Wissingbericht> taak,
                                     Clock klok) {
        return new Ketenwissing(planner, taak, klok);
    }

    @Bean
    public KetenwissingListener ketenwissingListener(KetenConsumer consumer, Gezinswisser wisser, Ketenwissing keten,
                                                     @Value("${spring.application.name}") String dienst) {
        return new KetenwissingListener(consumer, wisser, keten, dienst);
    }

    @Bean
    public Bewaartermijn bewaartermijn(Sleutelkluis kluis, Gezinswisser wisser, Clock klok,
                                       PlatformTransactionManager transacties,
                                       @Value("${keten.privacy.bewaartermijn:P7300D}") Duration termijn) {
        return new Bewaartermijn(kluis, wisser, termijn, klok, new TransactionTemplate(transacties));
    }

    @Bean
    public RecurringTask<Void> bewaartermijnTaak(Bewaartermijn bewaartermijn) {
        return Tasks.recurring("bewaartermijn", Schedules.fixedDelay(Duration.ofDays(1)))
                .execute((uitvoering, context) -> bewaartermijn.verwijderVerlopen());
    }
}
