package nl.veiligthuis.keten.wijkteam.monitoring;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class MonitoringcontactenTest {

    private static final Instant NU = Instant.parse("2027-02-10T09:00:00Z");
    private static final Instant CONTACT_OP = Instant.parse("2027-02-09T13:30:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String GEZIN_ID = "gezin-1";
    private static final String MONITORING_ID = "monitoring-1";
    private static final String CONTACT_ID = "contact-1";
    private static final Medewerker MEDEWERKER = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final List<StandVanDoel> DOELEN = List.of(
            new StandVanDoel("Vader volgt de agressieregulatietraining", Doelstand.IN_UITVOERING, "Vier van acht"),
            new StandVanDoel("De kinderen gaan weer naar school", Doelstand.BEHAALD, null));

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);


    @Test
    void r14_aMonitoringContactArrivesOnTheZaak() {
        // R14: VT's contact on the agreed goals lands on the zaak of the handover and waits for the team's answer
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(new OntvangMonitoringcontact(ZAAK_ID, MONITORING_ID, CONTACT_ID, CONTACT_OP, 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ontvangen(CONTACT_ID));
    }

    @Test
    void r14_aContactIsReceivedAlsoBeforeAcceptanceAndAfterATerugmelding() {
        // R14: VT monitors the gezin whatever the team did with the handover; the contact is never refused
        fixture.given(zaakGeopend())
                .when(new OntvangMonitoringcontact(ZAAK_ID, MONITORING_ID, CONTACT_ID, CONTACT_OP, 2))
                .expectEvents(ontvangen(CONTACT_ID));
        AggregateFixtures.op(Zaak.class, NU).given(zaakGeopend(), teruggemeld())
                .when(new OntvangMonitoringcontact(ZAAK_ID, MONITORING_ID, CONTACT_ID, CONTACT_OP, 2))
                .expectEvents(ontvangen(CONTACT_ID));
    }

    @Test
    void r14_aContactReceivedTwiceIsReceivedOnce() {
        // at-least-once delivery: the same contact again changes nothing
        fixture.given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID))
                .when(new OntvangMonitoringcontact(ZAAK_ID, MONITORING_ID, CONTACT_ID, CONTACT_OP, 2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void r14_aContactForAZaakThatWasNeverOpenedIsNotReceived() {
        fixture.givenNoPriorActivity()
                .when(new OntvangMonitoringcontact(ZAAK_ID, MONITORING_ID, CONTACT_ID, CONTACT_OP, 2))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void r14_theTeamAnswersAReceivedContactOnTheGoals() {
        // R14: the wijkteam answers per the agreements: the stand of every agreed goal, with who answered and when
        fixture.given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID), ontvangen("contact-2"))
                .when(new BeantwoordMonitoringcontact(ZAAK_ID, CONTACT_ID, DOELEN, "  Gezin werkt goed mee ",
                        MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(NU)
                .expectEvents(new MonitoringcontactBeantwoord(ZAAK_ID, GEZIN_ID, "Vlaardingen", MONITORING_ID,
                        CONTACT_ID, DOELEN, "Gezin werkt goed mee", MEDEWERKER, NU));
    }

    @Test
    void r14_aContactIsAnsweredAlsoAfterATerugmelding() {
        // R14: the team reports on the goals it worked on, also when the zaak went back to VT meanwhile
        fixture.given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID), teruggemeld())
                .when(new BeantwoordMonitoringcontact(ZAAK_ID, CONTACT_ID, DOELEN, null, MEDEWERKER))
                .expectEvents(new MonitoringcontactBeantwoord(ZAAK_ID, GEZIN_ID, "Vlaardingen", MONITORING_ID,
                        CONTACT_ID, DOELEN, null, MEDEWERKER, NU));
    }

    @Test
    void r14_anUnknownOrAnsweredContactIsRefused() {
        // R14: an answer belongs to a contact VT made, and each contact is answered once
        fixture.given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID))
                .when(new BeantwoordMonitoringcontact(ZAAK_ID, "contact-onbekend", DOELEN, null, MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R14"))
                .expectNoEvents();
        AggregateFixtures.op(Zaak.class, NU).given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID),
                        new MonitoringcontactBeantwoord(ZAAK_ID, GEZIN_ID, "Vlaardingen", MONITORING_ID, CONTACT_ID,
                                DOELEN, null, MEDEWERKER, NU.minusSeconds(60)))
                .when(new BeantwoordMonitoringcontact(ZAAK_ID, CONTACT_ID, DOELEN, null, MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R14"))
                .expectNoEvents();
    }

    @Test
    void r14_anAnswerWithoutGoalsIsRefused() {
        // R14: the answer is on the agreed goals
        fixture.given(zaakGeopend(), geaccepteerd(), ontvangen(CONTACT_ID))
                .when(new BeantwoordMonitoringcontact(ZAAK_ID, CONTACT_ID, List.of(), null, MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R14"))
                .expectNoEvents();
    }

    private static MonitoringcontactOntvangen ontvangen(String contactId) {
        return new MonitoringcontactOntvangen(ZAAK_ID, GEZIN_ID, MONITORING_ID, contactId, CONTACT_OP, 2, NU);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_ONDERZOEK, "Vlaardingen",
                "onderzoek-1", NU.minusSeconds(86_400 * 30L), NU.minusSeconds(86_400 * 29L), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, GEZIN_ID, "Vlaardingen", MEDEWERKER,
                NU.minusSeconds(86_400 * 28L), "Westwijk");
    }

    private static ZaakTeruggemeld teruggemeld() {
        return new ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_ONDERZOEK, "Vlaardingen",
                RedenTerugmelding.values()[0], "Geen passend aanbod", MEDEWERKER, NU.minusSeconds(86_400));
    }
}
