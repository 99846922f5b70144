package nl.veiligthuis.keten.wijkteam.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Issue 14 point 6 (001 §3.3): the contact log of a zaak and its agreed frequency. */
class ContactlogboekTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2026-11-23");
    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String GEZIN_ID = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01";
    private static final String GEMEENTE = "Vlaardingen";
    private static final Medewerker MEDEWERKER = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final String MOEDER = "lid-moeder";
    private static final String DOCHTER = "lid-dochter";
    private static final String BEVINDING = "Moeder en dochter thuis; afspraken uit het veiligheidsplan nagekomen";

    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r19_issue14_aHomeVisitIsLoggedWithWhenWhomAndWhatItShowed() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER), lid(DOCHTER, GezinslidRol.KIND)))
                .when(new LegContactVast(ZAAK_ID, "contact-1", Contactsoort.HUISBEZOEK, VANDAAG,
                        List.of(MOEDER, DOCHTER, MOEDER), "  ", Veiligheidsbeeld.ZORGEN_ONVERANDERD,
                        " " + BEVINDING + " ", MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                // each gezinslid once, a blank met is none, the bevinding trimmed
                .expectEvents(new ContactVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, "contact-1", Contactsoort.HUISBEZOEK,
                        VANDAAG, List.of(MOEDER, DOCHTER), null, Veiligheidsbeeld.ZORGEN_ONVERANDERD, BEVINDING,
                        MEDEWERKER, NU));
    }

    @Test
    void r19_issue14_aSchoolContactNeedsNoGezinslidSeen() {
        fixture.given(inBehandeling())
                .when(new LegContactVast(ZAAK_ID, "contact-1", Contactsoort.SCHOOL, VANDAAG, List.of(),
                        "mentor", Veiligheidsbeeld.ZORGEN_TOEGENOMEN, BEVINDING, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContactVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, "contact-1", Contactsoort.SCHOOL,
                        VANDAAG, List.of(), "mentor", Veiligheidsbeeld.ZORGEN_TOEGENOMEN, BEVINDING,
                        MEDEWERKER, NU));
    }

    @Test
    void r19_issue14_aGezinslidSeenMustBeRegisteredInTheZaak() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER)))
                .when(contact("contact-1", VANDAAG, List.of(MOEDER, "lid-onbekend")))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage("gezien: lid-onbekend is geen geregistreerd gezinslid van zaak " + ZAAK_ID)
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
    }

    @Test
    void r19_issue14_aContactDayInTheFutureOrBeforeTheAcceptanceIsRefused() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER)))
                .when(contact("contact-1", VANDAAG.plusDays(1), List.of(MOEDER)))
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
        new ContactlogboekTest().fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER)))
                .when(contact("contact-1", VANDAAG.minusDays(1), List.of(MOEDER)))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage("zaak " + ZAAK_ID + " is op " + VANDAAG + " in behandeling genomen; een "
                        + "contact op " + VANDAAG.minusDays(1) + " hoort niet bij deze zaak")
                .expectNoEvents();
    }

    @Test
    void r19_issue14_aContactWithoutWhatItShowedIsRefused() {
        fixture.given(inBehandeling())
                .when(new LegContactVast(ZAAK_ID, "contact-1", Contactsoort.NETWERK, VANDAAG, List.of(), "oma",
                        Veiligheidsbeeld.GEEN_ZORGEN, "   ", MEDEWERKER))
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
    }

    @Test
    void r19_issue14_aContactIsLoggedOnlyWhileTheZaakIsInTreatmentAndOnce() {
        fixture.given(geopend())
                .when(contact("contact-1", VANDAAG, List.of()))
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
        new ContactlogboekTest().fixture.given(plus(inBehandeling(), teruggemeld()))
                .when(contact("contact-1", VANDAAG, List.of()))
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
        new ContactlogboekTest().fixture.given(plus(inBehandeling(), gelogd("contact-1")))
                .when(contact("contact-1", VANDAAG, List.of()))
                .expectExceptionDetails(new DomeinregelDetails("R19"))
                .expectNoEvents();
    }

    @Test
    void r13_issue14_theTeamAgreesAContactFrequencyOfOneTo92Days() {
        fixture.given(inBehandeling())
                .when(new SpreekContactfrequentieAf(ZAAK_ID, 7, " wekelijks huisbezoek ", MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContactfrequentieAfgesproken(ZAAK_ID, GEZIN_ID, GEMEENTE, 7, "wekelijks huisbezoek",
                        MEDEWERKER, NU));
        for (int dagen : new int[] {0, 93, -1}) {
            new ContactlogboekTest().fixture.given(inBehandeling())
                    .when(new SpreekContactfrequentieAf(ZAAK_ID, dagen, null, MEDEWERKER))
                    .expectExceptionDetails(new DomeinregelDetails("R13"))
                    .expectNoEvents();
        }
    }

    @Test
    void r13_issue14_agreeingTheFrequencyInForceAgainChangesNothing() {
        fixture.given(plus(inBehandeling(), new ContactfrequentieAfgesproken(ZAAK_ID, GEZIN_ID, GEMEENTE, 7, null,
                        MEDEWERKER, NU.minusSeconds(60))))
                .when(new SpreekContactfrequentieAf(ZAAK_ID, 7, "nogmaals", MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void issue14_aVisitWhereNobodyWasSeenDoesNotCountAsContact() {
        assertThat(Contactsoort.HUISBEZOEK.teltAlsContact(List.of())).isFalse();
        assertThat(Contactsoort.GESPREK.teltAlsContact(List.of())).isFalse();
        assertThat(Contactsoort.HUISBEZOEK.teltAlsContact(List.of(DOCHTER))).isTrue();
        assertThat(Contactsoort.SCHOOL.teltAlsContact(List.of())).isTrue();
        assertThat(Contactsoort.NETWERK.teltAlsContact(List.of())).isTrue();
        assertThat(Contactsoort.HULPVERLENER.teltAlsContact(List.of())).isTrue();
    }

    private static LegContactVast contact(String contactId, LocalDate op, List<String> gezien) {
        return new LegContactVast(ZAAK_ID, contactId, Contactsoort.HUISBEZOEK, op, gezien, null,
                Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, MEDEWERKER);
    }

    private static ContactVastgelegd gelogd(String contactId) {
        return new ContactVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, contactId, Contactsoort.SCHOOL, VANDAAG, List.of(),
                null, Veiligheidsbeeld.GEEN_ZORGEN, BEVINDING, MEDEWERKER, NU.minusSeconds(60));
    }

    private static ZaakGeopend geopend() {
        return new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, null,
                NU.minusSeconds(7200), NU.minusSeconds(7200), null);
    }

    private static ZaakTeruggemeld teruggemeld() {
        return new ZaakTeruggemeld(ZAAK_ID, "overdracht-1", "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE,
                RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "geen plek", MEDEWERKER, NU.minusSeconds(600));
    }

    private static List<Object> inBehandeling(Object... events) {
        return plus(List.of(geopend(), new OverdrachtGeaccepteerd(ZAAK_ID, "overdracht-1", GEZIN_ID, GEMEENTE,
                MEDEWERKER, NU.minusSeconds(3600), "Westwijk")), events);
    }

    private static GezinslidGeregistreerd lid(String lidId, GezinslidRol rol) {
        return new GezinslidGeregistreerd(ZAAK_ID, GEZIN_ID, GEMEENTE, lidId, rol, null, null, MEDEWERKER,
                NU.minusSeconds(1800));
    }

    private static List<Object> plus(List<Object> given, Object... meer) {
        List<Object> alles = new ArrayList<>(given);
        alles.addAll(List.of(meer));
        return alles;
    }
}
