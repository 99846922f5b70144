package nl.veiligthuis.keten.melding.messaging;

import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Reads melding-service's event store and publishes the integration events: the event store is the outbox. */
@Component
@ProcessingGroup("kafka-publisher")
@DisallowReplay
public class MeldingEventPublisher {

    private final IntegrationEventPublisher publisher;

    public MeldingEventPublisher(IntegrationEventPublisher meldingTopicPublisher) {
        this.publisher = meldingTopicPublisher;
    }

    private static MeldingOntvangenV1.Actor actor(MelderType type) {
        String soort = switch (type) {
            case POLITIE -> "Politie";
            case PROFESSIONAL -> "Professional (Meldcode)";
            case BURGER -> "Burger";
            case ANONIEM -> "Anoniem";
        };
        return new MeldingOntvangenV1.Actor("MELDER_" + type.name(), soort);
    }

    @EventHandler
    void on(MeldingOntvangen event, EventMessage<?> message) {
        var payload = new MeldingOntvangenV1(event.meldingId(), event.gezinId(), event.melder().type().name(),
                event.gemeente(), event.regio(),
                event.leden().stream().map(lid -> new MeldingOntvangenV1.Lid(lid.persoonId(), lid.rol().name()))
                        .toList(),
                event.geweldsvormen().stream().map(Enum::name).sorted().toList(),
                event.kinderenAanwezig(), event.acuutOnveilig(), event.ontvangenOp(),
                actor(event.melder().type()));
        publisher.publish("melding-ontvangen", event.gezinId(), event.ontvangenOp(),
                "/api/v1/meldingen/" + event.meldingId(), payload, message);
    }
}
