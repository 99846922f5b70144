package nl.veiligthuis.keten.melding.messaging;

import nl.veiligthuis.keten.melding.adviesvraag.AdviesvraagGeregistreerd;
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
        return new MeldingOntvangenV1.Actor("MELDER_" + type.name(), soort(type));
    }

    /** The kind of melder or vrager, never a name (D4). */
    private static String soort(MelderType type) {
        return switch (type) {
            case POLITIE -> "Politie";
            case PROFESSIONAL -> "Professional (Meldcode)";
            case BURGER -> "Burger";
            case ANONIEM -> "Anoniem";
        };
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

    /** An adviesvraag has no gezin: its opaque adviesvraagId is key and subject. */
    @EventHandler
    void on(AdviesvraagGeregistreerd event, EventMessage<?> message) {
        var payload = new AdviesvraagGeregistreerdV1(event.adviesvraagId(), event.vrager().type().name(),
                event.gemeente(), event.regio(), event.geweldsvormen().stream().map(Enum::name).sorted().toList(),
                event.kinderenBetrokken(), event.ontvangenOp(),
                new AdviesvraagGeregistreerdV1.Actor("VRAGER_" + event.vrager().type().name(),
                        soort(event.vrager().type())));
        publisher.publish("adviesvraag-geregistreerd", event.adviesvraagId(), event.ontvangenOp(),
                "/api/v1/adviesvragen/" + event.adviesvraagId(), payload, message);
    }
}
