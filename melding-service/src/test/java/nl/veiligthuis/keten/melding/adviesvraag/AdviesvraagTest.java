package nl.veiligthuis.keten.melding.adviesvraag;

import java.time.Instant;
import java.util.Set;
import nl.veiligthuis.keten.melding.melding.Geweldsvorm;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AdviesvraagTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Adviesvraag> fixture = AggregateFixtures.op(Adviesvraag.class, NU);

    @Test
    void registeringAnAdviesvraagRecordsReceiptAndRegistrationSeparately() {
        var vrijdag = Instant.parse("2026-11-20T16:30:00Z");
        var command = registreer(vrijdag);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AdviesvraagGeregistreerd(command.adviesvraagId(), command.vrager(),
                        command.gemeente(), command.regio(), command.geweldsvormen(), true, command.vraag(),
                        command.advies(), vrijdag, NU));
    }

    @Test
    void refusesAReceiptInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(registreer(NU.plusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    private static RegistreerAdviesvraag registreer(Instant ontvangenOp) {
        return new RegistreerAdviesvraag("adviesvraag-1",
                new Vrager(MelderType.PROFESSIONAL, "Huisartsenpraktijk De Linde", "06-12345678"), "Houten",
                "Veilig Thuis Utrecht", Set.of(Geweldsvorm.KINDERMISHANDELING_PSYCHISCH), true,
                "Kind vertelt over ruzies thuis; wat kan ik doen?", "Bespreek de zorgen met de ouders", ontvangenOp);
    }
}
