package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** R10, 1 Gezin 1 Plan 1 Regisseur: where the gezin's handovers go (issue 14 point 4). */
class GezinsregieTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");
    private static final String GEZIN = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01";
    private static final String EERSTE = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String TWEEDE = "6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final String ZAAK = OpenZaak.zaakIdVoor(EERSTE);

    private final Set<String> lopend = new HashSet<>();
    private final List<String> voorloper = new java.util.ArrayList<>();
    private final AggregateTestFixture<Gezinsregie> fixture = AggregateFixtures.op(Gezinsregie.class, NU);

    GezinsregieTest() {
        fixture.registerInjectableResource(new LopendeZaken() {
            @Override
            public boolean lopendIn(String zaakId, String gemeente) {
                return lopend.contains(zaakId) && "Vlaardingen".equals(gemeente);
            }

            @Override
            public List<String> buitenGezinsregie(String gezinId) {
                return voorloper;
            }
        });
    }

    @Test
    void r10_theGezinsFirstHandoverOpensAZaakOfItsOwn() {
        fixture.givenNoPriorActivity()
                .when(new WijsOverdrachtToe(GEZIN, EERSTE, "melding-1", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(ZAAK, false))
                .expectEvents(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU));
    }

    @Test
    void r10_aFurtherHandoverJoinsTheGezinsLopendeZaak() {
        lopend.add(ZAAK);
        fixture.given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(60)))
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(ZAAK, true))
                .expectEvents(new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", ZAAK, true, null, NU));
    }

    @Test
    void r10_aHandoverToAnotherGemeenteOpensAZaakThereWhoseTeamCanReadItsPackage() {
        // the gezin moved: the lopende zaak in Vlaardingen is not joined by a handover to Schiedam
        lopend.add(ZAAK);
        String schiedam = OpenZaak.zaakIdVoor(TWEEDE);
        fixture.given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(60)))
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Schiedam"))
                .expectResultMessagePayload(new Toewijzing(schiedam, false))
                .expectEvents(new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", schiedam, false, null, NU));
    }

    @Test
    void r10_afterTheZaakWasReturnedOrClosedAHandoverOpensANewOne() {
        // the first zaak is not lopend any more
        fixture.given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(60)))
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(OpenZaak.zaakIdVoor(TWEEDE), false))
                .expectEvents(new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", OpenZaak.zaakIdVoor(TWEEDE), false,
                        null, NU));
    }

    @Test
    void r10_aZaakOpenedBeforeTheGezinsregieExistedIsJoinedToo() {
        // upgrade: the gezin's zaak from before this version is in the fixed list of migration V2_12
        String oudeZaak = OpenZaak.zaakIdVoor("oud");
        voorloper.add(oudeZaak);
        lopend.add(oudeZaak);
        fixture.givenNoPriorActivity()
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(oudeZaak, true))
                .expectEvents(new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", oudeZaak, true, null, NU));
    }

    @Test
    void r10_theSameHandoverAgainGetsTheSameAnswerAndChangesNothing() {
        // the zaak has closed since; the handover still belongs where it went
        fixture.given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(120)),
                        new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", ZAAK, true, null, NU.minusSeconds(60)))
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(ZAAK, true))
                .expectNoEvents();
    }

    @Test
    void r10_aSplitIsRecordedForTheHandoverThatJoinedThatZaak() {
        String nieuw = OpenZaak.zaakIdVoor(TWEEDE);
        fixture.given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(120)),
                        new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", ZAAK, true, null, NU.minusSeconds(60)))
                .when(new LegAfsplitsingVast(GEZIN, TWEEDE, ZAAK, nieuw))
                .expectEvents(new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", nieuw, false, ZAAK, NU));
        // asked again, the split handover belongs to its own zaak
        new GezinsregieTest().fixture
                .given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(120)),
                        new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", ZAAK, true, null, NU.minusSeconds(60)),
                        new OverdrachtToegewezen(GEZIN, TWEEDE, "melding-2", nieuw, false, ZAAK, NU.minusSeconds(30)))
                .when(new WijsOverdrachtToe(GEZIN, TWEEDE, "melding-2", "Vlaardingen"))
                .expectResultMessagePayload(new Toewijzing(nieuw, false))
                .expectNoEvents();
        // a handover that did not join that zaak cannot be split off from it
        new GezinsregieTest().fixture
                .given(new OverdrachtToegewezen(GEZIN, EERSTE, "melding-1", ZAAK, false, null, NU.minusSeconds(120)))
                .when(new LegAfsplitsingVast(GEZIN, TWEEDE, ZAAK, nieuw))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"));
    }
}
