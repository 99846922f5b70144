package nl.veiligthuis.keten.triage.messaging;

import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OnderzoekAangemeldV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OnderzoekAfgerondV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OnderzoekGestartV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OnderzoekstermijnOverschredenV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OnderzoekstermijnVerlengdV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.GenoemdGezinslidV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OverdrachtGedaanV1;
import nl.veiligthuis.keten.triage.overdracht.Toestemming;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.OverdrachtsgesprekGevoerdV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.TriageAfgerondV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.TriageGeopendV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.TriageGestartV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.TriagetermijnOverschredenV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.WachtcontactGemistV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.WachtcontactVastgelegdV1;
import nl.veiligthuis.keten.triage.messaging.TriageIntegrationEvents.ZichtOpVeiligheidBijVeiligThuisV1;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekAangemeld;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekAfgerond;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekGestart;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekstermijnOverschreden;
import nl.veiligthuis.keten.triage.onderzoek.OverdrachtsgesprekGevoerd;
import nl.veiligthuis.keten.triage.onderzoek.OverschrijdingGerechtvaardigd;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.TriageGeopend;
import nl.veiligthuis.keten.triage.triage.TriageGestart;
import nl.veiligthuis.keten.triage.triage.TriagetermijnOverschreden;
import nl.veiligthuis.keten.triage.triage.WachtcontactGemist;
import nl.veiligthuis.keten.triage.triage.WachtcontactVastgelegd;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Reads triage-service's event store and publishes the integration events: the event store is the outbox. */
@Component
@ProcessingGroup("kafka-publisher")
@DisallowReplay
class TriageEventPublisher {

    private final IntegrationEventPublisher publisher;

    TriageEventPublisher(IntegrationEventPublisher triageTopicPublisher) {
        this.publisher = triageTopicPublisher;
    }

    @EventHandler
    void on(TriageGeopend e, EventMessage<?> message) {
        publisher.publish("triage-geopend", e.gezinId(), e.geopendOp(), triage(e.meldingId()),
                new TriageGeopendV1(e.meldingId(), e.gezinId(), e.geopendOp(), e.uiterlijkAfgerondOp(),
                        e.acuutOnveilig(), e.acuutOnveilig(), e.regio(), e.herhaalmelding(), Actor.VEILIG_THUIS),
                message);
    }

    @EventHandler
    void on(TriageGestart e, EventMessage<?> message) {
        publisher.publish("triage-gestart", e.gezinId(), e.gestartOp(), triage(e.meldingId()),
                new TriageGestartV1(e.meldingId(), e.gezinId(), e.gestartOp(), Actor.TRIAGIST), message);
    }

    @EventHandler
    void on(TriageAfgerond e, EventMessage<?> message) {
        publisher.publish("triage-afgerond", e.gezinId(), e.afgerondOp(), triage(e.meldingId()),
                new TriageAfgerondV1(e.meldingId(), e.gezinId(), e.uitkomst().name(),
                        e.ernst() == null ? null : e.ernst().name(), e.afgerondOp(), e.binnenTermijn(),
                        Math.max(1, e.ronde()), Actor.TRIAGIST), message);
    }

    @EventHandler
    void on(TriagetermijnOverschreden e, EventMessage<?> message) {
        publisher.publish("triagetermijn-overschreden", e.gezinId(), e.overschredenOp(), triage(e.meldingId()),
                new TriagetermijnOverschredenV1(e.meldingId(), e.gezinId(), e.uiterlijkAfgerondOp(),
                        e.overschredenOp(), Actor.VEILIG_THUIS), message);
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijVeiligThuis e, EventMessage<?> message) {
        publisher.publish("zicht-op-veiligheid-bij-veilig-thuis", e.gezinId(), e.sinds(),
                "/api/v1/gezinnen/" + e.gezinId() + "/zicht-op-veiligheid",
                new ZichtOpVeiligheidBijVeiligThuisV1(e.meldingId(), e.gezinId(), "VEILIG_THUIS", e.sinds(),
                        e.grond().name(), Actor.VEILIG_THUIS), message);
    }

    @EventHandler
    void on(OnderzoekAangemeld e, EventMessage<?> message) {
        publisher.publish("onderzoek-aangemeld", e.gezinId(), e.aangemeldOp(), onderzoek(e.onderzoekId()),
                new OnderzoekAangemeldV1(e.onderzoekId(), e.meldingId(), e.gezinId(), e.aangemeldOp(),
                        Actor.TRIAGIST), message);
    }

    @EventHandler
    void on(OnderzoekGestart e, EventMessage<?> message) {
        publisher.publish("onderzoek-gestart", e.gezinId(), e.gestartOp(), onderzoek(e.onderzoekId()),
                new OnderzoekGestartV1(e.onderzoekId(), e.meldingId(), e.gezinId(), e.gestartOp(),
                        e.uiterlijkAfgerondOp(), Actor.ONDERZOEKER), message);
    }

    @EventHandler
    void on(OnderzoekAfgerond e, EventMessage<?> message) {
        publisher.publish("onderzoek-afgerond", e.gezinId(), e.afgerondOp(), onderzoek(e.onderzoekId()),
                new OnderzoekAfgerondV1(e.onderzoekId(), e.meldingId(), e.gezinId(), e.afgerondOp(), e.binnenTermijn(),
                        e.rapportage().doelenVanOndersteuning().size(), Actor.ONDERZOEKER), message);
    }

    @EventHandler
    void on(OnderzoekstermijnOverschreden e, EventMessage<?> message) {
        publisher.publish("onderzoekstermijn-overschreden", e.gezinId(), e.overschredenOp(), onderzoek(e.onderzoekId()),
                new OnderzoekstermijnOverschredenV1(e.onderzoekId(), e.meldingId(), e.gezinId(),
                        e.uiterlijkAfgerondOp(), e.overschredenOp(), Actor.VEILIG_THUIS), message);
    }

    @EventHandler
    void on(OverschrijdingGerechtvaardigd e, EventMessage<?> message) {
        publisher.publish("onderzoekstermijn-verlengd", e.gezinId(), e.geregistreerdOp(), onderzoek(e.onderzoekId()),
                new OnderzoekstermijnVerlengdV1(e.onderzoekId(), e.meldingId(), e.gezinId(), e.reden().name(),
                        e.nieuweUiterlijkAfgerondOp(), e.geregistreerdOp(), Actor.ONDERZOEKER), message);
    }

    @EventHandler
    void on(OverdrachtsgesprekGevoerd e, EventMessage<?> message) {
        publisher.publish("overdrachtsgesprek-gevoerd", e.gezinId(), e.gevoerdOp(), onderzoek(e.onderzoekId()),
                new OverdrachtsgesprekGevoerdV1(e.onderzoekId(), e.meldingId(), e.gezinId(), e.gevoerdOp(),
                        e.deelnemers().size(), Actor.ONDERZOEKER), message);
    }

    @EventHandler
    void on(OverdrachtGedaan e, EventMessage<?> message) {
        publisher.publish("overdracht-gedaan", e.gezinId(), e.gedaanOp(), "/api/v1/overdrachten/" + e.overdrachtId(),
                new OverdrachtGedaanV1(e.overdrachtId(), e.meldingId(), e.gezinId(), e.route().name(), e.gemeente(),
                        e.gedaanOp(), e.onderzoekId(), e.aantalDoelen(), Toestemming.code(e.toestemming()),
                        e.leden().isEmpty() ? null : e.leden().stream()
                                .map(lid -> new GenoemdGezinslidV1(lid.persoonId(), lid.rol())).toList(),
                        Actor.VEILIG_THUIS), message);
    }

    @EventHandler
    void on(WachtcontactVastgelegd e, EventMessage<?> message) {
        publisher.publish("wachtcontact-vastgelegd", e.gezinId(), e.contactOp(), triage(e.meldingId()),
                new WachtcontactVastgelegdV1(e.meldingId(), e.gezinId(), e.contactId(), e.contactOp(), e.wijze().name(),
                        e.veiligheidOngewijzigd(), e.frequentie().name(), e.volgendContactUiterlijkOp(),
                        Actor.VT_MEDEWERKER), message);
    }

    @EventHandler
    void on(WachtcontactGemist e, EventMessage<?> message) {
        publisher.publish("wachtcontact-gemist", e.gezinId(), e.uiterlijkOp(), triage(e.meldingId()),
                new WachtcontactGemistV1(e.meldingId(), e.gezinId(), e.frequentie().name(), e.laatsteContactOp(),
                        e.uiterlijkOp(), e.gemisteIntervallen(), e.volgendContactUiterlijkOp(), e.vastgesteldOp(),
                        Actor.VEILIG_THUIS), message);
    }

    private static String triage(String meldingId) {
        return "/api/v1/triages/" + meldingId;
    }

    private static String onderzoek(String onderzoekId) {
        return "/api/v1/onderzoeken/" + onderzoekId;
    }
}
