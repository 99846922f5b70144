package nl.veiligthuis.keten.wijkteam.messaging;

import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Actie;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanBeoordeeld;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanOpgesteld;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.ProcesbesprekingGehouden;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.ProcesbesprekingTermijnVerstreken;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Stand;
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
    void on(OndersteuningsplanOpgesteld event, EventMessage<?> message) {
        var partijen = event.acties().stream().map(Actie::partij).distinct().sorted().map(Enum::name).toList();
        var payload = new OndersteuningsplanOpgesteldV1(event.zaakId(), event.gezinId(), event.versie(),
                event.doelen().size(), partijen, event.opgesteldMet().name(), event.opgesteldOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("ondersteuningsplan-opgesteld", event.gezinId(), event.opgesteldOp(),
                ondersteuningsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(OndersteuningsplanBeoordeeld event, EventMessage<?> message) {
        var payload = new OndersteuningsplanBeoordeeldV1(event.zaakId(), event.gezinId(), event.versie(),
                event.besluit().name(), event.beoordeeldOp(), Actor.wijkteam("TEAMLEIDER", event.gemeente()));
        publisher.publish("ondersteuningsplan-beoordeeld", event.gezinId(), event.beoordeeldOp(),
                ondersteuningsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(OndersteuningsplanGeevalueerd event, EventMessage<?> message) {
        var payload = new OndersteuningsplanGeevalueerdV1(event.zaakId(), event.gezinId(), event.versie(),
                (int) event.aantal(Stand.BEHAALD), (int) event.aantal(Stand.DEELS_BEHAALD),
                (int) event.aantal(Stand.NIET_BEHAALD), event.samenMetGezin(), event.geevalueerdOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("ondersteuningsplan-geevalueerd", event.gezinId(), event.geevalueerdOp(),
                ondersteuningsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(ProcesbesprekingGehouden event, EventMessage<?> message) {
        var payload = new ProcesbesprekingGehoudenV1(event.zaakId(), event.gezinId(), event.gehoudenOp(),
                event.opTijd(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("procesbespreking-gehouden", event.gezinId(), event.gehoudenOp(),
                ondersteuningsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(ProcesbesprekingTermijnVerstreken event, EventMessage<?> message) {
        var payload = new ProcesbesprekingTermijnVerstrekenV1(event.zaakId(), event.gezinId(), event.uiterlijkOp(),
                event.vastgesteldOp());
        publisher.publish("procesbespreking-termijn-verstreken", event.gezinId(), event.vastgesteldOp(),
                ondersteuningsplan(event.zaakId()), payload, message);
    }

    private static String ondersteuningsplan(String zaakId) {
        return zaak(zaakId) + "/ondersteuningsplan";
    }

    private static String zaak(String zaakId) {
        return "/api/v1/zaken/" + zaakId;
    }
}
