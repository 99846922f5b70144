package nl.veiligthuis.keten.monitoring.inspectie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
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

    private Toestand toestand(String bekendOp) {
        Instant moment = Instant.parse(bekendOp);
        return ToestandAfleiding.van(geschiedenis.dossier(moment), moment, new Moment(moment));
    }
}
