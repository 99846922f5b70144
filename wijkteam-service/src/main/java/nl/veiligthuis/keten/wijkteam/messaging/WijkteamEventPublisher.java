package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import nl.veiligthuis.keten.wijkteam.afsluiting.AfsluitingBeoordeeld;
import nl.veiligthuis.keten.wijkteam.afsluiting.AfsluitingVoorgesteld;
import nl.veiligthuis.keten.wijkteam.afsluiting.BetrokkenenGeinformeerd;
import nl.veiligthuis.keten.wijkteam.afsluiting.Informatiedeling;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;
import nl.veiligthuis.keten.wijkteam.afsluiting.Partij;
import nl.veiligthuis.keten.wijkteam.opschaling.OpschalingBesloten;
import nl.veiligthuis.keten.wijkteam.opschaling.ZaakOpgeschaald;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanBeeindigd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanBeoordeeld;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanEvaluatieGemist;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOpgesteld;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanVerlopen;
import nl.veiligthuis.keten.wijkteam.contact.ContactVastgelegd;
import nl.veiligthuis.keten.wijkteam.contact.ContactfrequentieAfgesproken;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtAfgesloten;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtTeruggemeld;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtAfgesplitst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.intake.GesprekVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslidGekoppeld;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.LeefgebiedenanalyseVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.VeiligheidsinschattingVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.ZrmVastgelegd;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Actie;
import nl.veiligthuis.keten.wijkteam.samenwerking.OverlegVastgelegd;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanBeoordeeld;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.FamiliegroepsplanAangeboden;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OndersteuningsplanOpgesteld;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.ProcesbesprekingGehouden;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.ProcesbesprekingTermijnVerstreken;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Stand;
import nl.veiligthuis.keten.wijkteam.monitoring.Doelstand;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgVerlopen;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgcontroleVastgelegd;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringcontactBeantwoord;
import nl.veiligthuis.keten.wijkteam.monitoring.StandVanDoel;
import nl.veiligthuis.keten.wijkteam.verhuizing.VerhuizingAangemeld;
import nl.veiligthuis.keten.wijkteam.verhuizing.VerhuizingGeweigerd;
import nl.veiligthuis.keten.wijkteam.verhuizing.VerhuizingIngetrokken;
import nl.veiligthuis.keten.wijkteam.verhuizing.ZaakVerhuisd;
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
        geaccepteerd(event.zaakId(), event.overdrachtId(), event.gezinId(), event.gemeente(), event.team(),
                event.geaccepteerdOp(), message);
    }

    @EventHandler
    void on(ZaakTeruggemeld event, EventMessage<?> message) {
        teruggemeld(new ZaakTeruggemeldV1(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(),
                event.route().name(), event.reden().name(), event.teruggemeldOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente())), message);
    }

    /** R10: a further handover for the gezin joined its lopende zaak instead of opening a second one. */
    @EventHandler
    void on(OverdrachtBijZaakGevoegd event, EventMessage<?> message) {
        var payload = new OverdrachtBijZaakGevoegdV1(event.zaakId(), event.overdrachtId(), event.meldingId(),
                event.gezinId(), event.gemeente(), event.route().name(), event.gevoegdOp(),
                Actor.wijkteam("WIJKTEAM", event.gemeente()));
        publisher.publish("overdracht-bij-zaak-gevoegd", event.gezinId(), event.gevoegdOp(), zaak(event.zaakId()),
                payload, message);
    }

    /** A joined handover accepted is, for Veilig Thuis, that overdracht accepted: the same contract. */
    @EventHandler
    void on(GevoegdeOverdrachtGeaccepteerd event, EventMessage<?> message) {
        geaccepteerd(event.zaakId(), event.overdrachtId(), event.gezinId(), event.gemeente(), event.team(),
                event.geaccepteerdOp(), message);
    }

    private void geaccepteerd(String zaakId, String overdrachtId, String gezinId, String gemeente, String team,
                              Instant geaccepteerdOp, EventMessage<?> message) {
        var payload = new OverdrachtGeaccepteerdV1(zaakId, overdrachtId, gezinId, geaccepteerdOp, team,
                Actor.wijkteam("WIJKTEAMMEDEWERKER", gemeente));
        publisher.publish("overdracht-geaccepteerd", gezinId, geaccepteerdOp, zaak(zaakId), payload, message);
    }

    /** R10 decided otherwise: the reden as a code; the toelichting and the medewerker stay here (D4). */
    @EventHandler
    void on(OverdrachtAfgesplitst event, EventMessage<?> message) {
        var payload = new OverdrachtAfgesplitstV1(event.zaakId(), event.overdrachtId(), event.meldingId(),
                event.gezinId(), event.nieuweZaakId(), event.reden().name(), event.afgesplitstOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("overdracht-afgesplitst", event.gezinId(), event.afgesplitstOp(), zaak(event.nieuweZaakId()),
                payload, message);
    }

    /** Each joined handover's melding hears of the return as its own zaak-teruggemeld (R9). */
    @EventHandler
    void on(GevoegdeOverdrachtTeruggemeld event, EventMessage<?> message) {
        teruggemeld(new ZaakTeruggemeldV1(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(),
                event.route().name(), event.reden().name(), event.teruggemeldOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente())), message);
    }

    private void teruggemeld(ZaakTeruggemeldV1 payload, EventMessage<?> message) {
        publisher.publish("zaak-teruggemeld", payload.gezinId(), payload.teruggemeldOp(), zaak(payload.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(RegisseurToegewezen event, EventMessage<?> message) {
        var payload = new RegisseurToegewezenV1(event.zaakId(), event.gezinId(), event.toegewezenOp(),
                event.vorigeRegisseur() != null, new Actor("CASUSREGISSEUR", event.regisseur().organisatie()));
        publisher.publish("regisseur-toegewezen", event.gezinId(), event.toegewezenOp(), zaak(event.zaakId()),
                payload, message);
    }

    /** Issue 14 point 10: published by the team holding the zaak; the receiving wijkteam finds it by its gemeente. */
    @EventHandler
    void on(VerhuizingAangemeld event, EventMessage<?> message) {
        var payload = new VerhuizingAangemeldV1(event.zaakId(), event.verhuizingId(), event.gezinId(),
                event.vanGemeente(), event.vanTeam(), event.naarGemeente(), event.naarTeam(), event.verhuisdOp(),
                event.toestemming().name(), event.aangemeldOp(), medewerker(event.vanGemeente()));
        publisher.publish("verhuizing-aangemeld", event.gezinId(), event.aangemeldOp(), verhuizingen(event.zaakId()),
                payload, message);
    }

    /** Issue 14 point 10 (R10, R2): the receiving wijkteam, the actor, holds regie and zicht op veiligheid now. */
    @EventHandler
    void on(ZaakVerhuisd event, EventMessage<?> message) {
        var payload = new ZaakVerhuisdV1(event.zaakId(), event.verhuizingId(), event.gezinId(), event.vanGemeente(),
                event.vanTeam(), event.naarGemeente(), event.naarTeam(), event.verhuisdOp(),
                event.warmeOverdrachtOp(), event.overgedragenOp(), medewerker(event.naarGemeente()));
        publisher.publish("zaak-verhuisd", event.gezinId(), event.overgedragenOp(), verhuizingen(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(VerhuizingGeweigerd event, EventMessage<?> message) {
        var payload = new VerhuizingGeweigerdV1(event.zaakId(), event.verhuizingId(), event.gezinId(),
                event.vanGemeente(), event.naarGemeente(), event.reden().name(), event.geweigerdOp(),
                medewerker(event.naarGemeente()));
        publisher.publish("verhuizing-geweigerd", event.gezinId(), event.geweigerdOp(), verhuizingen(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(VerhuizingIngetrokken event, EventMessage<?> message) {
        var payload = new VerhuizingIngetrokkenV1(event.zaakId(), event.verhuizingId(), event.gezinId(),
                event.vanGemeente(), event.naarGemeente(), event.ingetrokkenOp(), medewerker(event.vanGemeente()));
        publisher.publish("verhuizing-ingetrokken", event.gezinId(), event.ingetrokkenOp(), verhuizingen(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(ZaakOpgeschaald event, EventMessage<?> message) {
        var payload = new ZaakOpgeschaaldV1(event.zaakId(), event.gezinId(), event.opschalingId(), event.tafel().name(),
                event.reden().name(), event.opgeschaaldOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("zaak-opgeschaald", event.gezinId(), event.opgeschaaldOp(),
                zaak(event.zaakId()) + "/opschalingen", payload, message);
    }

    @EventHandler
    void on(OpschalingBesloten event, EventMessage<?> message) {
        var payload = new OpschalingBeslotenV1(event.zaakId(), event.gezinId(), event.opschalingId(),
                event.tafel().name(), event.besluit().name(), event.beslotenOp(),
                new Actor(event.tafel().name(), event.tafel().naam() + " " + event.gemeente()));
        publisher.publish("opschaling-besloten", event.gezinId(), event.beslotenOp(),
                zaak(event.zaakId()) + "/opschalingen", payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanOpgesteld event, EventMessage<?> message) {
        var payload = new VeiligheidsplanOpgesteldV1(event.zaakId(), event.gezinId(), event.versie(),
                event.ernst().name(), event.afspraken().size(), event.startsituatie().size(), event.eindigtOp(),
                event.eersteEvaluatieOp(), event.opgesteldOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("veiligheidsplan-opgesteld", event.gezinId(), event.opgesteldOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanBeoordeeld event, EventMessage<?> message) {
        var payload = new VeiligheidsplanBeoordeeldV1(event.zaakId(), event.gezinId(), event.versie(),
                event.besluit().name(), event.beoordeeldOp(), Actor.wijkteam("TEAMLEIDER", event.gemeente()));
        publisher.publish("veiligheidsplan-beoordeeld", event.gezinId(), event.beoordeeldOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanGeevalueerd event, EventMessage<?> message) {
        var kinderen = event.vergelijking().stream()
                .map(k -> new VeiligheidsplanGeevalueerdV1.Kind(k.lidId(),
                        k.startOordeel() == null ? null : k.startOordeel().name(), k.huidigOordeel().name(),
                        k.verloop().name()))
                .toList();
        var payload = new VeiligheidsplanGeevalueerdV1(event.zaakId(), event.gezinId(), event.versie(), kinderen,
                event.afsprakenNagekomen(), event.opTijd(), event.geevalueerdOp(), event.volgendeEvaluatieOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("veiligheidsplan-geevalueerd", event.gezinId(), event.geevalueerdOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanEvaluatieGemist event, EventMessage<?> message) {
        var payload = new VeiligheidsplanEvaluatieGemistV1(event.zaakId(), event.gezinId(), event.versie(),
                event.geplandOp(), event.vastgesteldOp());
        publisher.publish("veiligheidsplan-evaluatie-gemist", event.gezinId(), event.geplandOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanVerlopen event, EventMessage<?> message) {
        var payload = new VeiligheidsplanVerlopenV1(event.zaakId(), event.gezinId(), event.versie(),
                event.eindigdeOp(), event.vastgesteldOp());
        publisher.publish("veiligheidsplan-verlopen", event.gezinId(), event.eindigdeOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(VeiligheidsplanBeeindigd event, EventMessage<?> message) {
        var payload = new VeiligheidsplanBeeindigdV1(event.zaakId(), event.gezinId(), event.versie(),
                event.reden().name(), event.beeindigdOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("veiligheidsplan-beeindigd", event.gezinId(), event.beeindigdOp(),
                veiligheidsplan(event.zaakId()), payload, message);
    }

    private static String veiligheidsplan(String zaakId) {
        return zaak(zaakId) + "/veiligheidsplan";
    }

    @EventHandler
    void on(GezinslidGeregistreerd event, EventMessage<?> message) {
        var payload = new GezinslidGeregistreerdV1(event.zaakId(), event.gezinId(), event.lidId(), event.persoonId(),
                event.rol().name(), event.geregistreerdOp(), medewerker(event.gemeente()));
        publisher.publish("gezinslid-geregistreerd", event.gezinId(), event.geregistreerdOp(),
                intake(event.zaakId()), payload, message);
    }

    @EventHandler
    void on(GenoemdGezinslidGekoppeld event, EventMessage<?> message) {
        var payload = new GenoemdGezinslidGekoppeldV1(event.zaakId(), event.gezinId(), event.persoonId(),
                event.lidId(), event.gekoppeldOp(), medewerker(event.gemeente()));
        publisher.publish("genoemd-gezinslid-gekoppeld", event.gezinId(), event.gekoppeldOp(), intake(event.zaakId()),
                payload, message);
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
    void on(ContactVastgelegd event, EventMessage<?> message) {
        var payload = new ContactVastgelegdV1(event.zaakId(), event.gezinId(), event.contactId(), event.soort().name(),
                event.op(), event.gezien(), event.beeld().name(), event.soort().teltAlsContact(event.gezien()),
                medewerker(event.gemeente()));
        publisher.publish("contact-vastgelegd", event.gezinId(), event.vastgelegdOp(), contacten(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(ContactfrequentieAfgesproken event, EventMessage<?> message) {
        var payload = new ContactfrequentieAfgesprokenV1(event.zaakId(), event.gezinId(), event.dagen(),
                event.afgesprokenOp(), Actor.wijkteam("WIJKTEAM", event.gemeente()));
        publisher.publish("contactfrequentie-afgesproken", event.gezinId(), event.afgesprokenOp(),
                contacten(event.zaakId()), payload, message);
    }

    private static String contacten(String zaakId) {
        return zaak(zaakId) + "/contacten";
    }

    @EventHandler
    void on(VeiligheidsinschattingVastgelegd event, EventMessage<?> message) {
        var payload = new VeiligheidsinschattingVastgelegdV1(event.zaakId(), event.gezinId(), event.lidId(),
                event.instrument().name(), event.oordeel().name(), event.vastgelegdOp(), medewerker(event.gemeente()),
                event.volwassenen());
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
    void on(FamiliegroepsplanAangeboden event, EventMessage<?> message) {
        var payload = new FamiliegroepsplanAangebodenV1(event.zaakId(), event.gezinId(), event.aangebodenOp(),
                event.antwoord().name(), event.vastgelegdOp(), medewerker(event.gemeente()));
        publisher.publish("familiegroepsplan-aangeboden", event.gezinId(), event.vastgelegdOp(),
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

    private static String verhuizingen(String zaakId) {
        return zaak(zaakId) + "/verhuizingen";
    }

    private static String ondersteuningsplan(String zaakId) {
        return zaak(zaakId) + "/ondersteuningsplan";
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

    @EventHandler
    void on(AfsluitingVoorgesteld event, EventMessage<?> message) {
        var payload = new AfsluitingVoorgesteldV1(event.zaakId(), event.gezinId(), event.uitkomst().name(),
                event.voorgesteldOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("afsluiting-voorgesteld", event.gezinId(), event.voorgesteldOp(), afsluiting(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(AfsluitingBeoordeeld event, EventMessage<?> message) {
        var payload = new AfsluitingBeoordeeldV1(event.zaakId(), event.gezinId(), event.besluit().name(),
                event.beoordeeldOp(), Actor.wijkteam("TEAMLEIDER", event.gemeente()));
        publisher.publish("afsluiting-beoordeeld", event.gezinId(), event.beoordeeldOp(), afsluiting(event.zaakId()),
                payload, message);
    }

    @EventHandler
    void on(ZaakAfgesloten event, EventMessage<?> message) {
        Nazorg nazorg = event.nazorg();
        afgesloten(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(), event.gemeente(),
                event.uitkomst(), event.geinformeerd(), event.nietGeinformeerd(), event.afgeslotenOp(),
                nazorg == null ? null : new ZaakAfgeslotenV1.NazorgV1(nazorg.door().name(), nazorg.organisatie(),
                        nazorg.tot()), message);
    }

    @EventHandler
    void on(OverlegVastgelegd event, EventMessage<?> message) {
        var payload = new OverlegVastgelegdV1(event.zaakId(), event.gezinId(), event.overlegId(), event.soort().name(),
                event.op(), event.deelnemers().stream().map(Enum::name).toList(), event.taken().stream()
                .map(taak -> new OverlegVastgelegdV1.TaakV1(taak.door().name(), taak.uiterlijk())).toList(),
                event.vastgelegdOp(), Actor.wijkteam("WIJKTEAM", event.gemeente()));
        publisher.publish("overleg-vastgelegd", event.gezinId(), event.vastgelegdOp(),
                zaak(event.zaakId()) + "/overleggen", payload, message);
    }

    @EventHandler
    void on(NazorgcontroleVastgelegd event, EventMessage<?> message) {
        var payload = new NazorgcontroleVastgelegdV1(event.zaakId(), event.gezinId(), event.op(), event.beeld().name(),
                event.binnenTermijn(), event.vastgelegdOp(), medewerker(event.gemeente()));
        publisher.publish("nazorgcontrole-vastgelegd", event.gezinId(), event.vastgelegdOp(),
                zaak(event.zaakId()) + "/nazorg", payload, message);
    }

    @EventHandler
    void on(NazorgVerlopen event, EventMessage<?> message) {
        var payload = new NazorgVerlopenV1(event.zaakId(), event.gezinId(), event.door().name(), event.tot(),
                event.verlopenOp(), Actor.wijkteam("WIJKTEAM", event.gemeente()));
        publisher.publish("nazorg-verlopen", event.gezinId(), event.verlopenOp(), zaak(event.zaakId()) + "/nazorg",
                payload, message);
    }

    /** Each joined handover's melding hears of the closing as its own zaak-afgesloten (R16). */
    @EventHandler
    void on(GevoegdeOverdrachtAfgesloten event, EventMessage<?> message) {
        afgesloten(event.zaakId(), event.overdrachtId(), event.meldingId(), event.gezinId(), event.gemeente(),
                event.uitkomst(), event.geinformeerd(), event.nietGeinformeerd(), event.afgeslotenOp(), null, message);
    }

    private void afgesloten(String zaakId, String overdrachtId, String meldingId, String gezinId, String gemeente,
                            Uitkomst uitkomst, List<Partij> geinformeerd, List<Partij> nietGeinformeerd,
                            Instant afgeslotenOp, ZaakAfgeslotenV1.NazorgV1 nazorg, EventMessage<?> message) {
        var payload = new ZaakAfgeslotenV1(zaakId, overdrachtId, meldingId, gezinId, uitkomst.name(),
                geinformeerd.stream().map(Enum::name).toList(), nietGeinformeerd.stream().map(Enum::name).toList(),
                afgeslotenOp, Actor.wijkteam("TEAMLEIDER", gemeente), nazorg);
        publisher.publish("zaak-afgesloten", gezinId, afgeslotenOp, afsluiting(zaakId), payload, message);
    }

    /** R17: who was informed, with or without consent, by code; the reason without consent stays here (D4). */
    @EventHandler
    void on(BetrokkenenGeinformeerd event, EventMessage<?> message) {
        var payload = new BetrokkenenGeinformeerdV1(event.zaakId(), event.gezinId(), event.moment().name(),
                partijen(event, deling -> deling.toestemming()),
                partijen(event, deling -> !deling.toestemming() && deling.geinformeerd()),
                partijen(event, deling -> !deling.geinformeerd()), event.geinformeerdOp(),
                Actor.wijkteam("WIJKTEAMMEDEWERKER", event.gemeente()));
        publisher.publish("betrokkenen-geinformeerd", event.gezinId(), event.geinformeerdOp(),
                afsluiting(event.zaakId()), payload, message);
    }

    private static List<String> partijen(BetrokkenenGeinformeerd event, Predicate<Informatiedeling> welke) {
        return event.partijen().stream().filter(welke).map(deling -> deling.partij().name()).distinct().toList();
    }

    private static String afsluiting(String zaakId) {
        return zaak(zaakId) + "/afsluiting";
    }

    private static String zaak(String zaakId) {
        return "/api/v1/zaken/" + zaakId;
    }
}
