package nl.veiligthuis.keten.wijkteam.messaging;

import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.wijkteam.intake.GesprekVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.LeefgebiedenanalyseVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.VeiligheidsinschattingVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.ZrmVastgelegd;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Reads wijkteam-service's event store and publishes the integration events: the event store is the outbox. */
@Component
@ProcessingGroup("kafka-publisher")
@DisallowReplay
public class WijkteamEventPublisher {

    private final IntegrationEventPublisher publisher;

    public WijkteamEventPublisher(IntegrationEventPublisher wijkteamTopicPublisher) {
        this.publisher = wijkteamTopicPublisher;
    }

    @EventHandler
    void on(ZaakGeopend event, EventMessage<?> message) {
        var payload = new ZaakGeopendV1(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(),
                event.gemeente(), event.route().name(), event.geopendOp(),
                Actor.wijkteam("WIJKTEAM", event.gemeente()));
        publisher.publish("zaak-geopend", event.gezinId(), event.geopendOp(), zaak(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(OverdrachtGeaccepteerd event, EventMessage<?> message) {
        var payload = new OverdrachtGeaccepteerdV1(event.zaakId(), event.overdrachtId(), event.gezinId(),
                event.geaccepteerdOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("overdracht-geaccepteerd", event.gezinId(), event.geaccepteerdOp(), zaak(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(ZaakTeruggemeld event, EventMessage<?> message) {
        var payload = new ZaakTeruggemeldV1(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(),
                event.route().name(), event.reden().name(), event.teruggemeldOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("zaak-teruggemeld", event.gezinId(), event.teruggemeldOp(), zaak(event.zaakId()), payload,
                message);
    }

    @EventHandler
    void on(RegisseurToegewezen event, EventMessage<?> message) {
        var payload = new RegisseurToegewezenV1(event.zaakId(), event.gezinId(), event.toegewezenOp(),
                event.vorigeRegisseur() != null, new Actor("CASUSREGISSEUR", event.regisseur().organisatie()));
        publisher.publish("regisseur-toegewezen", event.gezinId(), event.toegewezenOp(), zaak(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(GezinslidGeregistreerd event, EventMessage<?> message) {
        var payload = new GezinslidGeregistreerdV1(event.zaakId(), event.gezinId(), event.lidId(), event.persoonId(),
                event.rol().name(), event.geregistreerdOp(), medewerker(event.gemeente()));
        publisher.publish("gezinslid-geregistreerd", event.gezinId(), event.geregistreerdOp(),
                intake(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(GesprekVastgelegd event, EventMessage<?> message) {
        var payload = new GesprekVastgelegdV1(event.zaakId(), event.gezinId(), event.lidId(), event.rol().name(),
                event.gesproken(), event.redenNietGesproken() == null ? null : event.redenNietGesproken().name(),
                event.gevoerdOp(), medewerker(event.gemeente()));
        publisher.publish("gesprek-vastgelegd", event.gezinId(), event.vastgelegdOp(), intake(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(VeiligheidsinschattingVastgelegd event, EventMessage<?> message) {
        var payload = new VeiligheidsinschattingVastgelegdV1(event.zaakId(), event.gezinId(), event.lidId(),
                event.instrument().name(), event.oordeel().name(), event.vastgelegdOp(), medewerker(event.gemeente()));
        publisher.publish("veiligheidsinschatting-vastgelegd", event.gezinId(), event.vastgelegdOp(),
                intake(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(ZrmVastgelegd event, EventMessage<?> message) {
        var payload = new ZrmVastgelegdV1(event.zaakId(), event.gezinId(), event.lidId(), event.moment().name(),
                event.vastgelegdOp(), medewerker(event.gemeente()));
        publisher.publish("zrm-vastgelegd", event.gezinId(), event.vastgelegdOp(), intake(event.zaakId()), payload,
                message);
    }

    @EventHandler
    void on(LeefgebiedenanalyseVastgelegd event, EventMessage<?> message) {
        var payload = new LeefgebiedenanalyseVastgelegdV1(event.zaakId(), event.gezinId(), event.vastgelegdOp(),
                medewerker(event.gemeente()));
        publisher.publish("leefgebiedenanalyse-vastgelegd", event.gezinId(), event.vastgelegdOp(),
                intake(event.zaakId()), payload, message);
    }

    private static Actor medewerker(String gemeente) {
        return Actor.wijkteam("WIJKTEAMMEDEWERKER", gemeente);
    }

    private static String intake(String zaakId) {
        return zaak(zaakId) + "/intake";
    }

    private static String zaak(String zaakId) {
        return "/api/v1/zaken/" + zaakId;
    }
}
