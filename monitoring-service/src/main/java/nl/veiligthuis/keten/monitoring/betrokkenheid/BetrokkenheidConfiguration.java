package nl.veiligthuis.keten.monitoring.betrokkenheid;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registrations are projected in the transaction that stores them (a subscribing processor): an organisation that
 * has just registered is entitled at once, instead of getting a 404 for its own gezin until a streaming processor
 * caught up. A failing projection rolls the registration back.
 */
@Configuration
class BetrokkenheidConfiguration {

    static final String GROEP = "betrokkenheid";

    @Bean
    ConfigurerModule betrokkenheidInDezelfdeTransactie() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(GROEP)
                .registerListenerInvocationErrorHandler(GROEP, configuration -> PropagatingErrorHandler.instance()));
    }
}
