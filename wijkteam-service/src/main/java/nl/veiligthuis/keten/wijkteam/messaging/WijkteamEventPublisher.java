package nl.veiligthuis.keten.wijkteam.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.wijkteam.monitoring.Doelstand;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringcontactBeantwoord;
import nl.veiligthuis.keten.wijkteam.monitoring.StandVanDoel;
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

    /** R14: VT reads how far the agreed goals are, as counts per stand; the goals themselves stay here (D4). */
    @EventHandler
    void on(MonitoringcontactBeantwoord event, EventMessage<?> message) {
        var payload = new MonitoringcontactBeantwoordV1(event.zaakId(), event.gezinId(), event.monitoringId(),
                event.contactId(), event.doelen().size(), standen(event), event.beantwoordOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("monitoringcontact-beantwoord", event.gezinId(), event.beantwoordOp(),
                zaak(event.zaakId()) + "/monitoringcontacten", payload, message);
    }

    /** Every stand code, zero included, so a consumer never has to guess a missing one. */
    static Map<String, Integer> standen(MonitoringcontactBeantwoord event) {
        Map<String, Integer> standen = new LinkedHashMap<>();
        for (Doelstand stand : Doelstand.values()) {
            standen.put(stand.name(), 0);
        }
        for (StandVanDoel doel : event.doelen()) {
            standen.merge(doel.stand().name(), 1, Integer::sum);
        }
        return standen;
    }

    private static String zaak(String zaakId) {
        return "/api/v1/zaken/" + zaakId;
    }
}
