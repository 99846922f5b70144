package nl.veiligthuis.keten.monitoring.betrokkenheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class BetrokkenheidTest {

    private static final String SCHOOL = "Basisschool De Regenboog";
    private static final String GEZIN = "gezin-1";
    private static final String KIND = "kind-1";
    private static final String ID = Betrokkenheid.id(SCHOOL, GEZIN, KIND);
    private static final Instant NU = Instant.parse("2027-02-01T09:00:00Z");
    private static final Instant EERDER = Instant.parse("2027-01-10T09:00:00Z");
    private static final RegistreerBetrokkenheid REGISTREER =
            new RegistreerBetrokkenheid(ID, GEZIN, KIND, SCHOOL, "SCHOOL", Reden.SCHOOLVERZUIM);
    private static final BetrokkenheidGeregistreerd GEREGISTREERD =
            new BetrokkenheidGeregistreerd(ID, GEZIN, KIND, SCHOOL, "SCHOOL", Reden.SCHOOLVERZUIM, EERDER);

    @Test
    void r18_anOrganisationRegistersItsInvolvementWithAChild() {
        // R18: the organisation, gezin and child as the caller gave them, with a code as reason
        fixture().givenNoPriorActivity()
                .when(REGISTREER)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(NU)
                .expectEvents(new BetrokkenheidGeregistreerd(ID, GEZIN, KIND, SCHOOL, "SCHOOL",
                        Reden.SCHOOLVERZUIM, NU));
    }

    @Test
    void r18_registeringAgainWhileInvolvedIsRefused() {
        // R18
        fixture().given(GEREGISTREERD)
                .when(REGISTREER)
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R18"));
    }

    @Test
    void r18_theRegisteringOrganisationEndsItsInvolvement() {
        // R18
        fixture().given(GEREGISTREERD)
                .when(new BeeindigBetrokkenheid(ID, SCHOOL))
                .expectResultMessagePayload(true)
                .expectEvents(new BetrokkenheidBeeindigd(ID, GEZIN, KIND, SCHOOL, NU));
    }

    @Test
    void r18_anotherOrganisationCannotEndItAndLearnsNothing() {
        // R18: the same answer as for an unknown id
        fixture().given(GEREGISTREERD)
                .when(new BeeindigBetrokkenheid(ID, "Huisartsenpraktijk Vlaardingen"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void r18_endingAnEndedInvolvementChangesNothing() {
        // R18
        fixture().given(GEREGISTREERD, new BetrokkenheidBeeindigd(ID, GEZIN, KIND, SCHOOL, EERDER.plusSeconds(60)))
                .when(new BeeindigBetrokkenheid(ID, SCHOOL))
                .expectResultMessagePayload(true)
                .expectNoEvents();
    }

    @Test
    void r18_afterItEndedAnOrganisationCanBeInvolvedAgain() {
        // R18
        fixture().given(GEREGISTREERD, new BetrokkenheidBeeindigd(ID, GEZIN, KIND, SCHOOL, EERDER.plusSeconds(60)))
                .when(REGISTREER)
                .expectEvents(new BetrokkenheidGeregistreerd(ID, GEZIN, KIND, SCHOOL, "SCHOOL",
                        Reden.SCHOOLVERZUIM, NU));
    }

    @Test
    void r18_oneRegistrationPerOrganisationGezinAndChild() {
        // R18: the id follows from who and about whom, so a second registration meets the first
        assertThat(Betrokkenheid.id(SCHOOL, GEZIN, KIND)).isEqualTo(ID);
        assertThat(Betrokkenheid.id(SCHOOL, GEZIN, null)).isNotEqualTo(ID);
        assertThat(Betrokkenheid.id("Huisartsenpraktijk Vlaardingen", GEZIN, KIND)).isNotEqualTo(ID);
    }

    @Test
    void issue13_aTeamsRegistrationIsEndedByThatTeamOrTheWholeOrganisationNotByAnotherTeam() {
        String wijkteam = "Wijkteam Vlaardingen";
        String id = Betrokkenheid.id(wijkteam, "Noord", GEZIN, null);
        var vanNoord = new BetrokkenheidGeregistreerd(id, GEZIN, null, wijkteam, "WIJKTEAMMEDEWERKER",
                Reden.ZORGEN_OVER_VEILIGHEID, EERDER, "Noord");
        // one registration per team, whatever the case of its name; another than the organisation's own
        assertThat(Betrokkenheid.id(wijkteam, "noord", GEZIN, null)).isEqualTo(id);
        assertThat(Betrokkenheid.id(wijkteam, "Zuid", GEZIN, null)).isNotEqualTo(id);
        assertThat(Betrokkenheid.id(wijkteam, GEZIN, null)).isNotEqualTo(id);

        fixture().given(vanNoord)
                .when(new BeeindigBetrokkenheid(id, wijkteam, "Zuid"))
                .expectResultMessagePayload(false)
                .expectNoEvents();
        fixture().given(vanNoord)
                .when(new BeeindigBetrokkenheid(id, wijkteam, "NOORD"))
                .expectResultMessagePayload(true)
                .expectEvents(new BetrokkenheidBeeindigd(id, GEZIN, null, wijkteam, NU));
        fixture().given(vanNoord)
                .when(new BeeindigBetrokkenheid(id, wijkteam, null))
                .expectResultMessagePayload(true)
                .expectEvents(new BetrokkenheidBeeindigd(id, GEZIN, null, wijkteam, NU));
    }

    private static AggregateTestFixture<Betrokkenheid> fixture() {
        return AggregateFixtures.op(Betrokkenheid.class, NU);
    }
}
