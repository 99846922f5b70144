package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Issue 3, point 3: one timeline per gezin, and possible duplicates are confirmed, never merged blindly (R21). */
class GezinskoppelingTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant ONTVANGEN = Instant.parse("2026-11-20T14:05:00Z");
    private static final MogelijkDuplicaat OP_NAAM = new MogelijkDuplicaat("gezin-bekend",
            Herkenningsgrond.NAAM_EN_GEBOORTEDATUM);
    private static final MogelijkDuplicaat OP_BSN = new MogelijkDuplicaat("gezin-ander", Herkenningsgrond.BSN);

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Melding> fixture = AggregateFixtures.op(Melding.class, NU);

    @Test
    void gezinsherkenning_possibleDuplicatesAreRecordedWithTheMeldingUnderItsOwnGezin() {
        var command = registreer(List.of(OP_NAAM, OP_BSN));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(ontvangen(), new MogelijkeDuplicatenGesignaleerd("melding-1", "gezin-nieuw",
                        List.of(OP_NAAM, OP_BSN), NU));
    }

    @Test
    void gezinsherkenning_aMeldingWithoutPossibleDuplicatesRecordsOnlyItsReceipt() {
        fixture.givenNoPriorActivity()
                .when(registreer(List.of()))
                .expectEvents(ontvangen());
    }

    @Test
    void gezinsherkenning_confirmingAnOfferedGezinMovesTheMeldingToIt() {
        fixture.given(ontvangen(), aangeboden())
                .when(new KoppelAanGezin("melding-1", "gezin-bekend"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeldingAanGezinGekoppeld("melding-1", "gezin-nieuw", "gezin-bekend", NU));
    }

    @Test
    void gezinsherkenning_aGezinThatWasNotOfferedCannotBeConfirmed() {
        fixture.given(ontvangen(), aangeboden())
                .when(new KoppelAanGezin("melding-1", "gezin-onbekend"))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
    }

    @Test
    void gezinsherkenning_aMeldingWithoutOffersCannotBeMoved() {
        fixture.given(ontvangen())
                .when(new KoppelAanGezin("melding-1", "gezin-bekend"))
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
    }

    @Test
    void gezinsherkenning_aKoppelingIsMadeOnlyOnceAndTheOtherOffersLapse() {
        fixture.given(ontvangen(), aangeboden(),
                        new MeldingAanGezinGekoppeld("melding-1", "gezin-nieuw", "gezin-bekend", NU))
                .when(new KoppelAanGezin("melding-1", "gezin-ander"))
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
        fixture.given(ontvangen(), aangeboden(),
                        new MeldingAanGezinGekoppeld("melding-1", "gezin-nieuw", "gezin-bekend", NU))
                .when(new WijsMogelijkDuplicaatAf("melding-1", "gezin-ander"))
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
    }

    @Test
    void gezinsherkenning_aRejectedOfferCanNeitherBeRejectedAgainNorConfirmed() {
        fixture.given(ontvangen(), aangeboden())
                .when(new WijsMogelijkDuplicaatAf("melding-1", "gezin-bekend"))
                .expectEvents(new MogelijkDuplicaatAfgewezen("melding-1", "gezin-bekend", NU));
        var afgewezen = new MogelijkDuplicaatAfgewezen("melding-1", "gezin-bekend", NU);
        fixture.given(ontvangen(), aangeboden(), afgewezen)
                .when(new WijsMogelijkDuplicaatAf("melding-1", "gezin-bekend"))
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
        fixture.given(ontvangen(), aangeboden(), afgewezen)
                .when(new KoppelAanGezin("melding-1", "gezin-bekend"))
                .expectExceptionDetails(new DomeinregelDetails("R21"))
                .expectNoEvents();
        fixture.given(ontvangen(), aangeboden(), afgewezen)
                .when(new KoppelAanGezin("melding-1", "gezin-ander"))
                .expectEvents(new MeldingAanGezinGekoppeld("melding-1", "gezin-nieuw", "gezin-ander", NU));
    }

    private static MogelijkeDuplicatenGesignaleerd aangeboden() {
        return new MogelijkeDuplicatenGesignaleerd("melding-1", "gezin-nieuw", List.of(OP_NAAM, OP_BSN), NU);
    }

    private static List<Gezinslid> leden() {
        return List.of(new Gezinslid("p-1", Rol.OUDER, "Sanne", "Jansen", LocalDate.of(1988, 4, 12), "111222333"));
    }

    private static Melder melder() {
        return new Melder(MelderType.POLITIE, "Politie Eenheid Rotterdam", null);
    }

    private static MeldingOntvangen ontvangen() {
        return new MeldingOntvangen("melding-1", "gezin-nieuw", melder(), "Vlaardingen",
                "Veilig Thuis Rotterdam Rijnmond", leden(), Set.of(Geweldsvorm.PARTNERGEWELD), true, false,
                "Ruzie tussen ouders", ONTVANGEN, NU);
    }

    private static RegistreerMelding registreer(List<MogelijkDuplicaat> duplicaten) {
        return new RegistreerMelding("melding-1", "gezin-nieuw", melder(), "Vlaardingen",
                "Veilig Thuis Rotterdam Rijnmond", leden(), Set.of(Geweldsvorm.PARTNERGEWELD), true, false,
                "Ruzie tussen ouders", ONTVANGEN, duplicaten);
    }
}
