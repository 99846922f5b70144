package nl.veiligthuis.keten.melding.gezin;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gezinsregister is written by a subscribing processor: its handlers run in the unit of work that appends the
 * event, inside the same database transaction. A failing handler rolls the melding back rather than leaving a
 * melding the register does not know (the platform's default is a streaming processor that would lag behind).
 */
@Configuration
class GezinsregisterConfiguration {

    @Bean
    ConfigurerModule gezinsregisterInDezelfdeTransactie() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(GezinsregisterProjection.GROEP)
                .registerListenerInvocationErrorHandler(GezinsregisterProjection.GROEP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
