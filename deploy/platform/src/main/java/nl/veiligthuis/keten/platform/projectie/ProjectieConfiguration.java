package nl.veiligthuis.keten.platform.projectie;

import java.time.Clock;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The herbouw of projections (R19): every service gets {@code /api/v1/beheer/projecties/{naam}/herbouw}; only the
 * processing groups for which the service declares a {@link ProjectieDigest} bean can be rebuilt.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class ProjectieConfiguration {

    @Bean
    public ProjectieHerbouw projectieherbouw(ObjectProvider<ProjectieDigest> digests,
                                             EventProcessingConfiguration processing, TokenStore tokenStore,
                                             TransactionManager transactionManager, JdbcTemplate jdbcTemplate,
                                             Clock klok, EventStorageEngine opslag,
                                             Leesmodel leesmodel) {
        return new ProjectieHerbouw(digests.orderedStream().toList(), processing, tokenStore, transactionManager,
                JdbcClient.create(jdbcTemplate), klok, opslag, Optional.of(leesmodel));
    }

    /** For processing groups whose handlers write through the {@link Leesmodel}; a bean that nobody uses costs nothing. */
    @Bean
    public Leesmodel leesmodel(JdbcTemplate jdbcTemplate) {
        return new Leesmodel(jdbcTemplate);
    }

    @Bean
    public ProjectieHerbouwController projectieHerbouwController(ProjectieHerbouw projectieherbouw) {
        return new ProjectieHerbouwController(projectieherbouw);
    }

    @Bean
    public ApplicationListener<ApplicationReadyEvent> projectieherbouwNaHerstart(ProjectieHerbouw projectieherbouw) {
        return event -> projectieherbouw.naHerstart();
    }
}
