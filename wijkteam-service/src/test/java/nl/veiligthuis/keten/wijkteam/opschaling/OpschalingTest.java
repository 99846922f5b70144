package nl.veiligthuis.keten.wijkteam.opschaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MeldTerug;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.WijsRegisseurToe;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OpschalingTest {

    private static final Instant NU = Instant.parse("2027-03-02T10:00:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String OPSCHALING_ID = "6b2d4f1e-9a8c-4d7b-b3e2-1f0a9c8d7e6f";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Regisseur REGISSEUR = new Regisseur("Fatima el Amrani", "010-2345678", "Minters");
    private static final Regisseur JEUGDBESCHERMER = new Regisseur("Sanne Bakker", "010-5556677",
            "Jeugdbescherming west");
    private static final Zichthouder ZICHTHOUDER = new Zichthouder("Joost de Vries", "010-8765432", "Enver");
    private static final String TOELICHTING = "Vier maanden hulp zonder verandering";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r15_anEscalationRecordsTheTafelTheReasonAndWhoKeepsSightOnSafety() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur())
                .when(schaalOp(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEEN_VERANDERING_ONDANKS_HULP))
                .expectEvents(opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEEN_VERANDERING_ONDANKS_HULP))
                .expectState(zaak -> assertThat(zaak.regisseur()).isEqualTo(REGISSEUR));
    }

    @Test
    void r15_theCitIsForACrisisAndACrisisGoesToTheCit() {
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(schaalOp(Tafel.CIT, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(schaalOp(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.CRISIS))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"));
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(schaalOp(Tafel.CIT, RedenOpschaling.CRISIS))
                .expectEvents(opgeschaald(Tafel.CIT, RedenOpschaling.CRISIS));
    }

    @Test
    void r15_oneEscalationWaitsForADecisionAtATime() {
        fixture.given(zaakGeopend(), geaccepteerd(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_BAGATELLISEERT))
                .when(new SchaalOp(ZAAK_ID, "tweede", Tafel.LOKAAL_ZORGNETWERK,
                        RedenOpschaling.PROBLEMATIEK_OVERSTIJGT_LOKAAL_VELD, TOELICHTING, ZICHTHOUDER, FATIMA))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
    }

    @Test
    void r15_onlyAZaakInTreatmentIsEscalated() {
        fixture.given(zaakGeopend())
                .when(schaalOp(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
    }

    @Test
    void r10_r15_whileTheTafelHasNotDecidedTheZaakCannotBeReturned() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .when(new MeldTerug(ZAAK_ID, RedenTerugmelding.ONVOLDOENDE_MIDDELEN, TOELICHTING, FATIMA))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
    }

    @Test
    void r10_theRegieStaysWithTheWijkteamWhenTheTafelSaysSo() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .when(new LegOpschalingsbesluitVast(ZAAK_ID, OPSCHALING_ID, Besluit.REGIE_BLIJFT_BIJ_WIJKTEAM,
                        "Vrijwillig kader met voorwaarden", null))
                .expectEvents(new OpschalingBesloten(ZAAK_ID, "gezin-1", "Vlaardingen", OPSCHALING_ID,
                        Tafel.JEUGDBESCHERMINGSTAFEL, Besluit.REGIE_BLIJFT_BIJ_WIJKTEAM,
                        "Vrijwillig kader met voorwaarden", NU))
                .expectState(zaak -> assertThat(zaak.regisseur()).isEqualTo(REGISSEUR));
    }

    @Test
    void r10_theTafelCanTransferTheRegieWithItsReason() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .when(new LegOpschalingsbesluitVast(ZAAK_ID, OPSCHALING_ID, Besluit.REGIE_OVERGEDRAGEN,
                        "Ondertoezichtstelling uitgesproken", JEUGDBESCHERMER))
                .expectEvents(new OpschalingBesloten(ZAAK_ID, "gezin-1", "Vlaardingen", OPSCHALING_ID,
                                Tafel.JEUGDBESCHERMINGSTAFEL, Besluit.REGIE_OVERGEDRAGEN,
                                "Ondertoezichtstelling uitgesproken", NU),
                        new RegisseurToegewezen(ZAAK_ID, "gezin-1", JEUGDBESCHERMER, REGISSEUR,
                                "Besluit Jeugdbeschermingstafel: Ondertoezichtstelling uitgesproken", NU))
                .expectState(zaak -> assertThat(zaak.regisseur()).isEqualTo(JEUGDBESCHERMER));
    }

    @Test
    void r10_afterTheTafelTransferredTheRegieTheWijkteamDoesNotTakeItBack() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE),
                        new OpschalingBesloten(ZAAK_ID, "gezin-1", "Vlaardingen", OPSCHALING_ID,
                                Tafel.JEUGDBESCHERMINGSTAFEL, Besluit.REGIE_OVERGEDRAGEN, "OTS", NU),
                        new RegisseurToegewezen(ZAAK_ID, "gezin-1", JEUGDBESCHERMER, REGISSEUR, "OTS", NU))
                .when(new WijsRegisseurToe(ZAAK_ID, REGISSEUR, "Terug naar het wijkteam"))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    @Test
    void r10_aTransferNamesTheNewRegisseurAndOnlyATransferDoes() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .when(new LegOpschalingsbesluitVast(ZAAK_ID, OPSCHALING_ID, Besluit.REGIE_OVERGEDRAGEN, "OTS", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE))
                .when(new LegOpschalingsbesluitVast(ZAAK_ID, OPSCHALING_ID, Besluit.REGIE_BLIJFT_BIJ_WIJKTEAM,
                        "Vrijwillig", JEUGDBESCHERMER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"));
    }

    @Test
    void r15_aDecisionIsForTheEscalationThatWaits() {
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(new LegOpschalingsbesluitVast(ZAAK_ID, OPSCHALING_ID, Besluit.REGIE_BLIJFT_BIJ_WIJKTEAM,
                        "Vrijwillig", null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
    }

    @Test
    void r15_afterTheDecisionTheZaakCanBeEscalatedAgain() {
        fixture.given(zaakGeopend(), geaccepteerd(),
                        opgeschaald(Tafel.JEUGDBESCHERMINGSTAFEL, RedenOpschaling.GEZIN_WERKT_NIET_MEE),
                        new OpschalingBesloten(ZAAK_ID, "gezin-1", "Vlaardingen", OPSCHALING_ID,
                                Tafel.JEUGDBESCHERMINGSTAFEL, Besluit.REGIE_BLIJFT_BIJ_WIJKTEAM, "Vrijwillig", NU))
                .when(new SchaalOp(ZAAK_ID, "tweede", Tafel.CIT, RedenOpschaling.CRISIS, TOELICHTING, ZICHTHOUDER,
                        FATIMA))
                .expectSuccessfulHandlerExecution();
    }

    private static SchaalOp schaalOp(Tafel tafel, RedenOpschaling reden) {
        return new SchaalOp(ZAAK_ID, OPSCHALING_ID, tafel, reden, TOELICHTING, ZICHTHOUDER, FATIMA);
    }

    private static ZaakOpgeschaald opgeschaald(Tafel tafel, RedenOpschaling reden) {
        return new ZaakOpgeschaald(ZAAK_ID, "gezin-1", "Vlaardingen", OPSCHALING_ID, tafel, reden, TOELICHTING,
                ZICHTHOUDER, FATIMA, NU);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_ONDERZOEK, "Vlaardingen",
                "onderzoek-1", NU.minusSeconds(86_400), NU.minusSeconds(86_000), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen", FATIMA,
                NU.minusSeconds(80_000), "Westwijk");
    }

    private static RegisseurToegewezen regisseur() {
        return new RegisseurToegewezen(ZAAK_ID, "gezin-1", REGISSEUR, null, null, NU.minusSeconds(70_000));
    }
}
