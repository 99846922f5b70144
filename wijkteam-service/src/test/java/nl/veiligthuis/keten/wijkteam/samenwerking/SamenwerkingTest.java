package nl.veiligthuis.keten.wijkteam.samenwerking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Issue 14 point 11 (001 Bijlage 1; R10): consultations of Veilig Thuis and the wijkteam, with who does what. */
class SamenwerkingTest {

    private static final Instant NU = Instant.parse("2027-05-10T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2027-05-10");
    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String GEZIN = "gezin-1";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final List<Overlegpartij> BEIDE = List.of(Overlegpartij.VEILIG_THUIS, Overlegpartij.WIJKTEAM);
    private static final Taak ONDERZOEK = new Taak("Onderzoek naar de nieuwe melding", Overlegpartij.VEILIG_THUIS,
            VANDAAG.plusDays(14));

    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r10_issue14_aConsultationRecordsWhoSatAtTheTableAndWhoDoesWhat() {
        fixture.given(inBehandeling())
                .when(new LegOverlegVast(ZAAK_ID, "overleg-1", Overlegsoort.CASUSOVERLEG, VANDAAG,
                        List.of(Overlegpartij.WIJKTEAM, Overlegpartij.VEILIG_THUIS, Overlegpartij.WIJKTEAM),
                        " Veilig Thuis onderzoekt; de regie blijft bij het wijkteam ",
                        List.of(new Taak(" Onderzoek naar de nieuwe melding ", Overlegpartij.VEILIG_THUIS,
                                VANDAAG.plusDays(14))), FATIMA))
                .expectEvents(new OverlegVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", "overleg-1",
                        Overlegsoort.CASUSOVERLEG, VANDAAG, List.of(Overlegpartij.WIJKTEAM, Overlegpartij.VEILIG_THUIS),
                        "Veilig Thuis onderzoekt; de regie blijft bij het wijkteam", List.of(ONDERZOEK), FATIMA, NU));
    }

    @Test
    void r10_issue14_bothAtTheTableATaskOnlyForAPartyThereAndEveryTaskInWords() {
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CONSULTATIE, VANDAAG, List.of(Overlegpartij.WIJKTEAM),
                "x", List.of(), FATIMA));
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG, BEIDE, "x",
                List.of(new Taak("Huisbezoek", Overlegpartij.ANDERE_HULPVERLENER, null)), FATIMA));
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG, BEIDE, "x",
                List.of(new Taak(" ", Overlegpartij.WIJKTEAM, null)), FATIMA));
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG, BEIDE, "  ", List.of(), FATIMA));
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG.plusDays(1), BEIDE, "x",
                List.of(), FATIMA));
        weigert(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG.minusDays(30), BEIDE, "x",
                List.of(), FATIMA));
    }

    @Test
    void r10_issue14_aConsultationBelongsToAZaakInTreatment() {
        fixture.given(new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN, Route.NA_TRIAGE, "Vlaardingen",
                        null, NU.minusSeconds(90_000), NU.minusSeconds(90_000), null))
                .when(new LegOverlegVast(ZAAK_ID, "o", Overlegsoort.CASUSOVERLEG, VANDAAG, BEIDE, "x", List.of(),
                        FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    private void weigert(LegOverlegVast command) {
        new SamenwerkingTest().fixture.given(inBehandeling())
                .when(command)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    private static List<Object> inBehandeling() {
        return List.of(new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN, Route.NA_TRIAGE, "Vlaardingen",
                        null, NU.minusSeconds(900_000), NU.minusSeconds(900_000), null),
                new OverdrachtGeaccepteerd(ZAAK_ID, "overdracht-1", GEZIN, "Vlaardingen", FATIMA,
                        NU.minusSeconds(800_000), "Westwijk"));
    }
}
