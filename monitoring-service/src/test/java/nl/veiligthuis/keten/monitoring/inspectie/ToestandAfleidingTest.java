package nl.veiligthuis.keten.monitoring.inspectie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R19, R2, R10: the state of a gezin as it was known at a past moment, from the same good-practice history. */
class ToestandAfleidingTest {

    private final Geschiedenis geschiedenis = ToetsingskaderTest.goedePraktijk();

    @Test
    void r19_duringTheOnderzoekVeiligThuisHoldsZichtAndTheOnderzoekTermRuns() {
        Toestand toestand = toestand("2027-02-15T12:00:00Z");

        assertThat(toestand.zichtOpVeiligheid().houder()).isEqualTo("VEILIG_THUIS"); // R2
        assertThat(toestand.zichtOpVeiligheid().grond()).isEqualTo("TRIAGE_AFGEROND");
        assertThat(toestand.regie()).isEmpty();
        assertThat(toestand.lopendeTermijnen()).singleElement().satisfies(termijn -> {
            assertThat(termijn.soort()).isEqualTo("ONDERZOEK"); // R4
            assertThat(termijn.uiterlijk()).isEqualTo("2027-03-18");
            assertThat(termijn.verstreken()).isFalse();
        });
        assertThat(toestand.regio()).isEqualTo("VeiligThuisRotterdamRijnmond");
    }

    @Test
    void r19_afterAcceptanceTheWijkteamHoldsZichtWithOneRegisseurAndAPlanInForce() {
        Toestand toestand = toestand("2027-03-12T12:00:00Z");

        assertThat(toestand.zichtOpVeiligheid().houder()).isEqualTo("WIJKTEAM"); // R9
        assertThat(toestand.zichtOpVeiligheid().organisatie()).isEqualTo("Wijkteam Vlaardingen");
        assertThat(toestand.regie()).singleElement().satisfies(regie -> {
            assertThat(regie.status()).isEqualTo("GEACCEPTEERD");
            assertThat(regie.casusregisseur()).isEqualTo("Minters"); // R10
        });
        assertThat(toestand.lopendeTermijnen()).extracting(Toestand.Termijn::soort).containsExactlyInAnyOrder(
                "EERSTE_MONITORINGCONTACT", "VEILIGHEIDSPLAN_EVALUATIE", "VEILIGHEIDSPLAN_LOOPTIJD"); // R13 R14
        assertThat(toestand.plannenInWerking()).extracting(Toestand.Plan::soort, Toestand.Plan::beoordeling)
                .containsExactlyInAnyOrder(tuple("VEILIGHEIDSPLAN", "GOEDGEKEURD"),
                        tuple("ONDERSTEUNINGSPLAN", "TER_BEOORDELING"));
    }

    @Test
    void r19_aTermThatPassedUnmetShowsAsVerstreken() {
        // the evaluation of 19 March had not been recorded by 20 March as known then
        Toestand toestand = toestand("2027-03-17T12:00:00Z");
        Toestand later = ToestandAfleiding.van(geschiedenis.dossier(Instant.parse("2027-03-17T12:00:00Z")),
                Instant.parse("2027-03-20T12:00:00Z"), new Moment(Instant.parse("2027-03-20T12:00:00Z")));

        assertThat(toestand.lopendeTermijnen()).filteredOn(t -> t.soort().equals("VEILIGHEIDSPLAN_EVALUATIE"))
                .singleElement().satisfies(t -> assertThat(t.verstreken()).isFalse());
        assertThat(later.lopendeTermijnen()).filteredOn(t -> t.soort().equals("VEILIGHEIDSPLAN_EVALUATIE"))
                .singleElement().satisfies(t -> assertThat(t.verstreken()).isTrue());
    }

    @Test
    void r16_afterASafeClosingNobodyHoldsZichtAndNoPlanIsInForce() {
        Toestand toestand = toestand("2027-05-02T12:00:00Z");

        assertThat(toestand.zichtOpVeiligheid().houder()).isEqualTo("NIEMAND");
        assertThat(toestand.zichtOpVeiligheid().grond()).isEqualTo("ZAAK_AFGESLOTEN_ZELFSTANDIG_VERDER");
        assertThat(toestand.regie()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("AFGESLOTEN"));
        assertThat(toestand.plannenInWerking()).isEmpty();
        assertThat(toestand.lopendeTermijnen()).isEmpty();
    }

    @Test
    void r2_issue14_aZaakClosedSafelyDoesNotEndVeiligThuissZichtOnAnotherMeldingOfTheGezin() {
        // melding m2 is with VT (its triage done) while melding m1's zaak is accepted and later closed safely
        Geschiedenis tweeMeldingen = new Geschiedenis()
                .stap("OverdrachtGedaan", "2027-01-05T09:00:00Z", "overdrachtId", "o1", "meldingId", "m1",
                        "gemeente", "Vlaardingen")
                .stap("ZichtOpVeiligheidBijVeiligThuis", "2027-01-06T09:00:00Z", "meldingId", "m2",
                        "houder", "VEILIG_THUIS", "sinds", "2027-01-06T09:00:00Z", "grond", "TRIAGE_AFGEROND")
                .stapVan("Wijkteam Vlaardingen", "OverdrachtGeaccepteerd", "2027-01-07T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1", "geaccepteerdOp", "2027-01-07T09:00:00Z")
                .stapVan("Wijkteam Vlaardingen", "ZaakAfgesloten", "2027-03-01T09:00:00Z", "zaakId", "z1",
                        "overdrachtId", "o1", "meldingId", "m1", "uitkomst", "ZELFSTANDIG_VERDER",
                        "afgeslotenOp", "2027-03-01T09:00:00Z");

        for (String moment : List.of("2027-01-08T12:00:00Z", "2027-03-02T12:00:00Z")) {
            Instant op = Instant.parse(moment);
            Toestand toestand = ToestandAfleiding.van(tweeMeldingen.dossier(op), op, new Moment(op));
            // R2: as triage-service's view says, by the same rule: VT since m2's triage, whatever happened to m1
            assertThat(toestand.zichtOpVeiligheid().houder()).as(moment).isEqualTo("VEILIG_THUIS");
            assertThat(toestand.zichtOpVeiligheid().sinds()).isEqualTo(Instant.parse("2027-01-06T09:00:00Z"));
        }
    }

    private Toestand toestand(String bekendOp) {
        Instant moment = Instant.parse(bekendOp);
        return ToestandAfleiding.van(geschiedenis.dossier(moment), moment, new Moment(moment));
    }
}
