package nl.veiligthuis.keten.melding.messaging;

import nl.veiligthuis.keten.melding.adviesvraag.AdviesvraagGeregistreerd;
import nl.veiligthuis.keten.melding.melding.MeldingAanGezinGekoppeld;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import nl.veiligthuis.keten.platform.axon.Handelende;
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

    @EventHandler
    void on(MeldingOntvangen event, EventMessage<?> message) {
        var payload = new MeldingOntvangenV1(event.meldingId(), event.gezinId(), event.melder().type().name(),
                event.gemeente(), event.regio(),
                event.leden().stream().map(lid -> new MeldingOntvangenV1.Lid(lid.persoonId(), lid.rol().name()))
                        .toList(),
                event.geweldsvormen().stream().map(Enum::name).sorted().toList(),
                event.kinderenAanwezig(), event.acuutOnveilig(), event.ontvangenOp(),
                Actor.melder(event.melder().type()), Handelende.van(message).map(Geregistreerd::door).orElse(null),
                event.melder().politiemelding() == null ? null : event.melder().politiemelding().name());
        publisher.publish("melding-ontvangen", event.gezinId(), event.ontvangenOp(),
                "/api/v1/meldingen/" + event.meldingId(), payload, message);
    }

    /** An adviesvraag has no gezin: its opaque adviesvraagId is key and subject. */
    @EventHandler
    void on(AdviesvraagGeregistreerd event, EventMessage<?> message) {
        var payload = new AdviesvraagGeregistreerdV1(event.adviesvraagId(), event.vrager().type().name(),
                event.gemeente(), event.regio(), event.geweldsvormen().stream().map(Enum::name).sorted().toList(),
                event.kinderenBetrokken(), event.ontvangenOp(),
                Actor.vrager(event.vrager().type()), Handelende.van(message).map(Geregistreerd::door).orElse(null));
        publisher.publish("adviesvraag-geregistreerd", event.adviesvraagId(), event.ontvangenOp(),
                "/api/v1/adviesvragen/" + event.adviesvraagId(), payload, message);
    }

    /** Keyed by the gezin the melding joined, so it is ordered with that gezin's events. */
    @EventHandler
    void on(MeldingAanGezinGekoppeld event, EventMessage<?> message) {
        publisher.publish("melding-aan-gezin-gekoppeld", event.gezinId(), event.gekoppeldOp(),
                "/api/v1/meldingen/" + event.meldingId(),
                new MeldingAanGezinGekoppeldV1(event.meldingId(), event.gezinId(), event.vorigGezinId(),
                        event.gekoppeldOp(), Actor.veiligThuisMedewerker(Handelende.van(message))), message);
    }

    /** R6: that the melder was told, and by which codes; not the letter, the partners or the melder's address. */
    @EventHandler
    void on(TerugkoppelingVerstuurd event, EventMessage<?> message) {
        publisher.publish("terugkoppeling-verstuurd", event.gezinId(), event.verstuurdOp(),
                "/api/v1/meldingen/" + event.meldingId() + "/terugkoppelingen",
                new TerugkoppelingVerstuurdV1(event.meldingId(), event.gezinId(), event.moment().name(),
                        event.melderType().name(), event.vervolgroute().name(), event.verstuurdOp(), Actor.VEILIG_THUIS),
                message);
    }
}
