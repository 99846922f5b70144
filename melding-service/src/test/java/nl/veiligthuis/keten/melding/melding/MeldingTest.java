package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class MeldingTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Melding> fixture = AggregateFixtures.op(Melding.class, NU);

    @Test
    void registeringAMeldingRecordsReceiptAndRegistrationSeparately() {
        // R1: terms count from receipt; a call on Friday registered on Monday keeps Friday as ontvangenOp
        var vrijdag = Instant.parse("2026-11-20T16:30:00Z");
        var command = registreer(vrijdag);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeldingOntvangen(command.meldingId(), command.gezinId(), command.melder(),
                        command.gemeente(), command.regio(), command.leden(), command.geweldsvormen(), true, false,
                        command.omschrijving(), vrijdag, NU));
    }

    @Test
    void refusesAReceiptInTheFuture() {
        // R1: a term cannot start in the future
        fixture.givenNoPriorActivity()
                .when(registreer(NU.plusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    private static RegistreerMelding registreer(Instant ontvangenOp) {
        return new RegistreerMelding("melding-1", "gezin-1", new Melder(MelderType.POLITIE, "Politie", null),
                "Vlaardingen", "Veilig Thuis Rotterdam Rijnmond",
                List.of(new Gezinslid("p-1", Rol.KIND, "Sam", "Jansen", null, null)),
                Set.of(Geweldsvorm.PARTNERGEWELD), true, false, "partnergeweld in bijzijn van kind", ontvangenOp,
                List.of());
    }
}
