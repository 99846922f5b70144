package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** R6: the letter says what was done and who is involved, never the content of the case. */
class TerugkoppelingsbriefTest {

    private static final String REGIO = "Veilig Thuis Rotterdam Rijnmond";

    @Test
    void r6_theLetterToAProfessionalNamesTheRouteAndThePartners() {
        // R6
        var partners = Terugkoppelingsbrief.partners(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, REGIO, "Vlaardingen");

        assertThat(Terugkoppelingsbrief.tekst(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, partners, REGIO)).isEqualTo("""
                Geachte melder,

                Veilig Thuis heeft uw melding beoordeeld. De verdere hulp is overgedragen aan het wijkteam. \
                Betrokken bij het vervolg: Wijkteam Vlaardingen.

                Over de inhoud van de situatie kunnen wij u geen informatie geven. Dank voor uw melding.

                Met vriendelijke groet,
                Veilig Thuis Rotterdam Rijnmond""");
    }

    @Test
    void r6_aCitizenHearsOnlyWhetherARouteStarted() {
        // R6
        var partners = Terugkoppelingsbrief.partners(MelderType.BURGER, Moment.NA_ONDERZOEK,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, REGIO, "Vlaardingen");
        String tekst = Terugkoppelingsbrief.tekst(MelderType.BURGER, Moment.NA_ONDERZOEK,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, partners, REGIO);

        assertThat(partners).isEmpty();
        assertThat(tekst).contains("onderzoek", "Er is een vervolg in gang gezet.").doesNotContain("wijkteam", "Wijkteam");
        assertThat(Terugkoppelingsbrief.tekst(MelderType.BURGER, Moment.NA_TRIAGE,
                Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, List.of(), REGIO))
                .contains("Er volgt geen verdere actie van Veilig Thuis.");
    }

    @Test
    void r6_partnersFollowTheRoute() {
        // R6
        assertThat(Terugkoppelingsbrief.partners(MelderType.POLITIE, Moment.NA_TRIAGE,
                Vervolgroute.DIRECTE_VEILIGHEIDSACTIE, REGIO, "Vlaardingen")).containsExactly(REGIO);
        assertThat(Terugkoppelingsbrief.partners(MelderType.POLITIE, Moment.NA_TRIAGE,
                Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, REGIO, "Vlaardingen")).isEmpty();
        assertThat(Terugkoppelingsbrief.partners(MelderType.PROFESSIONAL, Moment.NA_ONDERZOEK,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, null, "Houten")).containsExactly("Wijkteam Houten", "Veilig Thuis");
    }

    @Test
    void r6_everyTriageOutcomeHasARouteAndAnUnknownOneIsNotGuessed() {
        // R6
        assertThat(List.of("SPOED", "ONDERZOEK", "INTERVENTIE", "OVERDRACHT_LOKAAL_VELD", "AFSLUITEN").stream()
                .map(Vervolgroute::naTriage).toList()).containsExactly(Vervolgroute.DIRECTE_VEILIGHEIDSACTIE,
                Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, Vervolgroute.INTERVENTIE_DOOR_VEILIG_THUIS,
                Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS);
        assertThatThrownBy(() -> Vervolgroute.naTriage("IETS_ANDERS")).isInstanceOf(IllegalArgumentException.class);
    }
}
