package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.gezinsregie.LopendeZaken;
import nl.veiligthuis.keten.wijkteam.opschaling.Besluit;
import nl.veiligthuis.keten.wijkteam.opschaling.OpschalingBesloten;
import nl.veiligthuis.keten.wijkteam.opschaling.RedenOpschaling;
import nl.veiligthuis.keten.wijkteam.opschaling.Tafel;
import nl.veiligthuis.keten.wijkteam.opschaling.ZaakOpgeschaald;
import nl.veiligthuis.keten.wijkteam.opschaling.Zichthouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.WijsRegisseurToe;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 10 (003 §5: verhuizingen; R10, R2, R17): a zaak moves with its gezin to another wijkteam by a warm
 * handover; regie and zicht op veiligheid pass explicitly at the acceptance, not before.
 */
class VerhuizingTest {

    private static final Instant NU = Instant.parse("2027-01-12T15:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.ofInstant(NU, Klok.NEDERLAND);
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String GEZIN_ID = "gezin-1";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Medewerker ANOUK = new Medewerker("Anouk Bakker", "010-5556677");
    private static final Regisseur REGISSEUR = new Regisseur("Fatima el Amrani", "010-2345678", "Minters");
    private static final Regisseur NIEUWE_REGISSEUR = new Regisseur("Anouk Bakker", "010-5556677", "Wijkteam Schiedam");
    private static final String EERSTE = UUID.nameUUIDFromBytes(("verhuizing:" + ZAAK_ID + ":0")
            .getBytes(StandardCharsets.UTF_8)).toString();

    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);
    /** The gezin's lopende zaken elsewhere as the read model and their aggregates know them: zaakId to gemeente. */
    private final Map<String, String> elders = new HashMap<>();

    @BeforeEach
    void lopendeZaken() {
        fixture.registerInjectableResource(new LopendeZaken() {
            @Override
            public boolean lopendIn(String zaakId, String gemeente) {
                return gemeente.equalsIgnoreCase(elders.get(zaakId));
            }

            @Override
            public List<String> buitenGezinsregie(String gezinId) {
                List<String> zaken = new ArrayList<>(elders.keySet());
                zaken.add(ZAAK_ID);
                return zaken;
            }
        });
    }

    @Test
    void r10_r17_issue14_theTeamHoldingTheZaakAnnouncesTheMoveWithTheGroundForSharing() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur())
                .when(new MeldVerhuizingAan(ZAAK_ID, " Schiedam ", null, VANDAAG.plusDays(3), Toestemming.GEGEVEN,
                        "genegeerd met toestemming", " Moeder verhuist naar haar zus ", FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(EERSTE)
                .expectEvents(aangemeld());
    }

    @Test
    void r10_r2_issue14_atTheAcceptanceTheZaakRegieAndZichtPassToTheReceivingWijkteamAfterAWarmHandover() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null))
                .expectEvents(new ZaakVerhuisd(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Westwijk", "Schiedam",
                                "Centrum", VANDAAG.plusDays(3), VANDAAG, ANOUK, NU),
                        new RegisseurToegewezen(ZAAK_ID, GEZIN_ID, NIEUWE_REGISSEUR, REGISSEUR,
                                "Verhuizing van Vlaardingen naar Schiedam (team Centrum)", NU));
    }

    @Test
    void r10_issue14_afterTheMoveTheZaakIsTheReceivingWijkteamsAndAnotherMoveCanFollow() {
        ZaakVerhuisd verhuisd = new ZaakVerhuisd(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Westwijk", "Schiedam",
                "Centrum", VANDAAG, VANDAAG, ANOUK, NU);
        String tweede = UUID.nameUUIDFromBytes(("verhuizing:" + ZAAK_ID + ":1").getBytes(StandardCharsets.UTF_8))
                .toString();
        // back to Vlaardingen is a move again; the announcement names Schiedam's team as where it comes from
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(), verhuisd)
                .when(new MeldVerhuizingAan(ZAAK_ID, "Vlaardingen", null, VANDAAG, Toestemming.GEGEVEN, null, null,
                        ANOUK))
                .expectResultMessagePayload(tweede)
                .expectEvents(new VerhuizingAangemeld(ZAAK_ID, tweede, GEZIN_ID, "Schiedam", "Centrum", "Vlaardingen",
                        null, VANDAAG, Toestemming.GEGEVEN, null, null, REGISSEUR, ANOUK, NU));
    }

    @Test
    void r10_issue14_aMoveGoesElsewhereOneAtATimeFromAZaakInTreatment() {
        // to where the zaak already is
        refused(fixture.given(zaakGeopend(), geaccepteerd())
                .when(meldAan("vlaardingen", "westwijk", Toestemming.GEGEVEN, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd())
                .when(meldAan("Vlaardingen", null, Toestemming.GEGEVEN, null)));
        // another team of the same gemeente is a move
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(meldAan("Vlaardingen", "Oostwijk", Toestemming.GEGEVEN, null))
                .expectSuccessfulHandlerExecution();
        // not before the acceptance, not after a return, not while one waits
        refused(fixture.given(zaakGeopend()).when(meldAan("Schiedam", null, Toestemming.GEGEVEN, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), teruggemeld())
                .when(meldAan("Schiedam", null, Toestemming.GEGEVEN, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(meldAan("Maassluis", null, Toestemming.GEGEVEN, null)));
        // without a medewerker
        refused(fixture.given(zaakGeopend(), geaccepteerd())
                .when(new MeldVerhuizingAan(ZAAK_ID, "Schiedam", null, VANDAAG, Toestemming.GEGEVEN, null, null,
                        null)));
    }

    @Test
    void r17_issue14_withoutConsentTheZaakMovesOnlyWithTheSafetyReason() {
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(meldAan("Schiedam", null, Toestemming.ZONDER_TOESTEMMING_MET_REDEN, " "))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R17"))
                .expectNoEvents();
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(meldAan("Schiedam", null, null, null))
                .expectExceptionDetails(new DomeinregelDetails("R17"))
                .expectNoEvents();
    }

    @Test
    void r15_issue14_noMoveWhileATafelHasToDecide() {
        fixture.given(zaakGeopend(), geaccepteerd(), opgeschaald())
                .when(meldAan("Schiedam", null, Toestemming.GEGEVEN, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
    }

    @Test
    void r10_issue14_theAcceptanceNamesTheTeamTheRegisseurAndAWarmHandoverSinceTheAnnouncement() {
        Instant eerder = NU.minus(Duration.ofDays(2));
        VerhuizingAangemeld eergisteren = new VerhuizingAangemeld(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen",
                "Westwijk", "Schiedam", null, VANDAAG, Toestemming.GEGEVEN, null, null, REGISSEUR, FATIMA, eerder);
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, " ", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", null, VANDAAG, ANOUK, null)));
        // the warm handover lies between the announcement and today
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG.minusDays(3),
                        ANOUK, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG.plusDays(1),
                        ANOUK, null)));
        fixture.given(zaakGeopend(), geaccepteerd(), eergisteren)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG.minusDays(2),
                        ANOUK, null))
                .expectSuccessfulHandlerExecution();
        // a move that does not wait: unknown, already decided, or lapsed with the return of the zaak
        refused(fixture.given(zaakGeopend(), geaccepteerd())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren, geweigerd())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), eergisteren, teruggemeld())
                .when(new WeigerVerhuizing(ZAAK_ID, EERSTE, RedenWeigering.ANDERS, "Niet van ons", ANOUK)));
    }

    @Test
    void r10_r15_issue14_anEscalationAfterTheAnnouncementHoldsTheTakeoverAndTheTeamThatHoldsTheZaakDoesNotTakeItAgain() {
        // the tafel has to decide first; once it took the regie over, the move cannot carry it
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(), opgeschaald())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R15"))
                .expectNoEvents();
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(), opgeschaald(),
                        new OpschalingBesloten(ZAAK_ID, GEZIN_ID, "Vlaardingen", "op-1", Tafel.JEUGDBESCHERMINGSTAFEL,
                                Besluit.REGIE_OVERGEDRAGEN, "Jeugdbescherming neemt over", NU))
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        // a move to another team of Vlaardingen is not taken by the team that holds the zaak
        VerhuizingAangemeld binnen = new VerhuizingAangemeld(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Westwijk",
                "Vlaardingen", "Oostwijk", VANDAAG, Toestemming.GEGEVEN, null, null, REGISSEUR, FATIMA, NU);
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), binnen)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "westwijk", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
    }

    @Test
    void r10_issue14_aGezinWithAZaakAtTheReceivingWijkteamAlreadyGetsNoSecondOne() {
        // a handover of Veilig Thuis to Schiedam opened a zaak there while the move waited: one gezin, one regisseur
        elders.put("zaak-schiedam", "Schiedam");
        elders.put("zaak-maassluis", "Maassluis");
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        elders.remove("zaak-schiedam");
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void r10_issue14_theGemeenteIsSpelledAsTheReceivingWijkteamsTokenNamesIt() {
        VerhuizingAangemeld kleineLetters = new VerhuizingAangemeld(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen",
                "Westwijk", "schiedam", null, VANDAAG, Toestemming.GEGEVEN, null, null, REGISSEUR, FATIMA, NU);
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), kleineLetters)
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK,
                        "Schiedam"))
                .expectEvents(new ZaakVerhuisd(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Westwijk", "Schiedam",
                                "Centrum", VANDAAG, VANDAAG, ANOUK, NU),
                        new RegisseurToegewezen(ZAAK_ID, GEZIN_ID, NIEUWE_REGISSEUR, REGISSEUR,
                                "Verhuizing van Vlaardingen naar Schiedam (team Centrum)", NU));
    }

    @Test
    void r10_issue14_theAnnouncingTeamTakesAWaitingMoveBackWithItsReason() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new TrekVerhuizingIn(ZAAK_ID, EERSTE, " Schiedam was een vergissing ", FATIMA))
                .expectEvents(new VerhuizingIngetrokken(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Schiedam",
                        "Schiedam was een vergissing", FATIMA, NU));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new TrekVerhuizingIn(ZAAK_ID, EERSTE, " ", FATIMA)));
        // taken back, it waits no more; a new one can be announced
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(),
                        new VerhuizingIngetrokken(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Schiedam", "Vergissing",
                                FATIMA, NU))
                .when(new AccepteerVerhuizing(ZAAK_ID, EERSTE, "Centrum", NIEUWE_REGISSEUR, VANDAAG, ANOUK, null)));
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(),
                        new VerhuizingIngetrokken(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Schiedam", "Vergissing",
                                FATIMA, NU))
                .when(meldAan("Schiedam", null, Toestemming.GEGEVEN, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void r10_issue14_aRefusedMoveLeavesRegieAndZichtWhereTheyWereWithItsReason() {
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new WeigerVerhuizing(ZAAK_ID, EERSTE, RedenWeigering.GEZIN_WOONT_NIET_IN_GEMEENTE,
                        " Onbekend op het adres ", ANOUK))
                .expectEvents(geweigerd());
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new WeigerVerhuizing(ZAAK_ID, EERSTE, null, "Onbekend", ANOUK)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld())
                .when(new WeigerVerhuizing(ZAAK_ID, EERSTE, RedenWeigering.ANDERS, " ", ANOUK)));
        // the team that keeps the zaak may change its regisseur as before
        fixture.given(zaakGeopend(), geaccepteerd(), regisseur(), aangemeld(), geweigerd())
                .when(new WijsRegisseurToe(ZAAK_ID, new Regisseur("Joost de Vries", "010-8765432", "Enver"),
                        "Fatima met verlof"))
                .expectSuccessfulHandlerExecution();
    }

    private static MeldVerhuizingAan meldAan(String gemeente, String team, Toestemming toestemming, String reden) {
        return new MeldVerhuizingAan(ZAAK_ID, gemeente, team, VANDAAG, toestemming, reden, null, FATIMA);
    }

    private static void refused(ResultValidator<Zaak> resultaat) {
        resultaat.expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    private static VerhuizingAangemeld aangemeld() {
        return new VerhuizingAangemeld(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Westwijk", "Schiedam", null,
                VANDAAG.plusDays(3), Toestemming.GEGEVEN, null, "Moeder verhuist naar haar zus", REGISSEUR, FATIMA,
                NU);
    }

    private static VerhuizingGeweigerd geweigerd() {
        return new VerhuizingGeweigerd(ZAAK_ID, EERSTE, GEZIN_ID, "Vlaardingen", "Schiedam",
                RedenWeigering.GEZIN_WOONT_NIET_IN_GEMEENTE, "Onbekend op het adres", ANOUK, NU);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_TRIAGE, "Vlaardingen", null,
                NU.minus(Duration.ofDays(30)), NU.minus(Duration.ofDays(30)), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, GEZIN_ID, "Vlaardingen", FATIMA,
                NU.minus(Duration.ofDays(29)), "Westwijk");
    }

    private static RegisseurToegewezen regisseur() {
        return new RegisseurToegewezen(ZAAK_ID, GEZIN_ID, REGISSEUR, null, null, NU.minus(Duration.ofDays(29)));
    }

    private static ZaakTeruggemeld teruggemeld() {
        return new ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_TRIAGE, "Vlaardingen",
                RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "Geen passend aanbod", FATIMA, NU);
    }

    private static ZaakOpgeschaald opgeschaald() {
        return new ZaakOpgeschaald(ZAAK_ID, GEZIN_ID, "Vlaardingen", "op-1", Tafel.JEUGDBESCHERMINGSTAFEL,
                RedenOpschaling.GEZIN_WERKT_NIET_MEE, "Vader weigert",
                new Zichthouder("Fatima el Amrani", "010-2345678", "Minters"), FATIMA, NU.minus(Duration.ofDays(2)));
    }
}
