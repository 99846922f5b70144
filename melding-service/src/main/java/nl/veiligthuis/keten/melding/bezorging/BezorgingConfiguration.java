package nl.veiligthuis.keten.melding.bezorging;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgkanaal;
import nl.veiligthuis.keten.melding.terugkoppeling.Bezorgronde;
import nl.veiligthuis.keten.melding.terugkoppeling.Contactpersoonbron;
import nl.veiligthuis.keten.platform.beveiliging.Ontwikkelmodus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R6, issue 14 point 5: the dispatch of letters to melders. The channels are configured per deployment
 * ({@code keten.terugkoppeling.bezorging.url} for the melder's system, {@code ….smtp.*} for e-mail) and chosen per
 * melder; without any letters wait, visible as WACHTEND. A db-scheduler
 * recurring task runs the rounds, so one instance at a time does, and its rows survive a restart.
 */
@Configuration
class BezorgingConfiguration {

    /**
     * The melder's system by HTTP ({@code url}); with an SMTP server ({@code smtp.host}) too, a melder whose contact is
     * an e-mail address gets the letter by e-mail (issue 14 point 5).
     */
    @Bean
    Bezorgkanaal bezorgkanaal(@Value("${keten.terugkoppeling.bezorging.url:}") String url,
                              @Value("${keten.terugkoppeling.bezorging.timeout:PT10S}") Duration timeout,
                              @Value("${keten.terugkoppeling.bezorging.authorization:}") String autorisatie,
                              @Value("${keten.terugkoppeling.bezorging.smtp.host:}") String smtpHost,
                              @Value("${keten.terugkoppeling.bezorging.smtp.port:587}") int smtpPoort,
                              @Value("${keten.terugkoppeling.bezorging.smtp.gebruiker:}") String smtpGebruiker,
                              @Value("${keten.terugkoppeling.bezorging.smtp.wachtwoord:}") String smtpWachtwoord,
                              @Value("${keten.terugkoppeling.bezorging.smtp.afzender:terugkoppeling@veiligthuis.nl}")
                              String afzender,
                              @Value("${keten.terugkoppeling.bezorging.smtp.timeout:PT60S}") Duration smtpTimeout,
                              @Value("${" + Ontwikkelmodus.EIGENSCHAP + ":false}") boolean ontwikkelmodus) {
        Bezorgkanaal systeem = new HttpBezorgkanaal(url.isBlank() ? null : URI.create(url.strip()), timeout,
                autorisatie, ontwikkelmodus);
        if (smtpHost.isBlank()) {
            return systeem;
        }
        return new KanaalPerMelder(new SmtpBezorgkanaal(smtpHost.strip(), smtpPoort, smtpGebruiker, smtpWachtwoord,
                afzender, smtpTimeout, ontwikkelmodus), systeem);
    }

    /**
     * Issue 14 point 5: triage-service, for the contact person in the letter ({@code …contactpersoon.url}, its base
     * URL, and an {@code Authorization} with the scope {@code terugkoppeling:contactpersoon}; without the latter, off).
     */
    @Bean
    Contactpersoonbron contactpersoonbron(@Value("${keten.terugkoppeling.contactpersoon.url:}") String url,
                                          @Value("${keten.terugkoppeling.bezorging.timeout:PT10S}") Duration timeout,
                                          @Value("${keten.terugkoppeling.contactpersoon.authorization:}")
                                          String autorisatie,
                                          @Value("${" + Ontwikkelmodus.EIGENSCHAP + ":false}") boolean ontwikkelmodus) {
        // only with its token: an address alone (keten.diensten) would make every letter wait for a 401
        boolean actief = !url.isBlank() && !autorisatie.isBlank();
        return new HttpContactpersoonbron(actief ? URI.create(url.strip()) : null, timeout, autorisatie,
                ontwikkelmodus);
    }

    @Bean
    Bezorgronde bezorgronde(JdbcClient jdbc, PlatformTransactionManager transacties, EventStore eventStore,
                            Bezorgkanaal kanaal, Contactpersoonbron contactpersonen, Clock klok,
                            @Value("${keten.terugkoppeling.bezorging.max-pogingen:8}") int maxPogingen,
                            @Value("${keten.terugkoppeling.bezorging.eerste-wachttijd:PT30S}") Duration eersteWachttijd,
                            @Value("${keten.terugkoppeling.bezorging.timeout:PT10S}") Duration timeout,
                            @Value("${keten.terugkoppeling.bezorging.smtp.timeout:PT60S}") Duration smtpTimeout,
                            @Value("${keten.terugkoppeling.bezorging.hoogstens-oud:P14D}") Duration hoogstensOud) {
        // a claimed letter is due again well after its send could have timed out (the slower channel's): a crash
        // mid-send retries it
        Duration langste = smtpTimeout.compareTo(timeout) > 0 ? smtpTimeout : timeout;
        return new Bezorgronde(jdbc, new TransactionTemplate(transacties), eventStore, kanaal, contactpersonen, klok,
                maxPogingen, eersteWachttijd, langste.multipliedBy(6), hoogstensOud);
    }

    @Bean
    RecurringTask<Void> terugkoppelingBezorgen(Bezorgronde ronde,
                                               @Value("${keten.terugkoppeling.bezorging.interval:PT10S}")
                                               Duration interval) {
        return Tasks.recurring("terugkoppeling-bezorgen", Schedules.fixedDelay(interval))
                .execute((uitvoering, context) -> ronde.bezorg());
    }
}
