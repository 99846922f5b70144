package nl.veiligthuis.keten.platform.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** R20: each recorded access names its processing activity (LDV's dpl.core.processing_activity_id) from its role. */
class GrondslagenTest {

    private static final String ACTIVITEIT = "urn:nl-veilig-thuis:keten:verwerkingsactiviteit:";

    @Test
    void r20_theProcessingActivityFollowsTheRecordedRoleWhateverScopesOrTeamFollowIt() {
        var grondslagen = new Grondslagen(new MockEnvironment());

        assertThat(grondslagen.verwerkingsactiviteit("VEILIG_THUIS_MEDEWERKER"))
                .isEqualTo(ACTIVITEIT + "advies-en-meldpunt");
        assertThat(grondslagen.verwerkingsactiviteit("WIJKTEAMMEDEWERKER team=noord"))
                .isEqualTo(ACTIVITEIT + "hulp-door-de-gemeente");
        assertThat(grondslagen.verwerkingsactiviteit("PARTNERSYSTEEM meldingen:indienen"))
                .isEqualTo(ACTIVITEIT + "melding-aan-veilig-thuis");
        assertThat(grondslagen.verwerkingsactiviteit("INSPECTEUR")).isEqualTo(ACTIVITEIT + "toezicht");
        // issue 14 point 5: melding-service reading the contact person has a basis and activity of its own
        assertThat(grondslagen.verwerkingsactiviteit("PARTNERSYSTEEM terugkoppeling:contactpersoon"))
                .isEqualTo(ACTIVITEIT + "terugkoppeling-aan-de-melder");
        assertThat(grondslagen.voor("PARTNERSYSTEEM terugkoppeling:contactpersoon", null))
                .contains("terugkoppeling aan de melder (R6)");
        assertThat(grondslagen.voor("PARTNERSYSTEEM meldingen:indienen", null)).contains("melding aan Veilig Thuis");
        assertThat(grondslagen.voor("WIJKTEAMMEDEWERKER team=noord", null)).contains("hulp door de gemeente");
        assertThat(grondslagen.verwerkingsactiviteit(null)).isEqualTo(ACTIVITEIT + "niet-geauthenticeerd");
        assertThat(grondslagen.verwerkingsactiviteit("SCHOOL")).isEqualTo(ACTIVITEIT + "onbekende-rol");
    }

    @Test
    void r20_aDeploymentPointsEachRoleAtItsOwnRegisterOfProcessingActivities() {
        var grondslagen = new Grondslagen(new MockEnvironment().withProperty(
                "keten.toegangslog.verwerkingsactiviteit.WIJKTEAMMEDEWERKER",
                "https://register.gemeente.example/verwerkingen/jeugdhulp"));

        assertThat(grondslagen.verwerkingsactiviteit("WIJKTEAMMEDEWERKER team=noord"))
                .isEqualTo("https://register.gemeente.example/verwerkingen/jeugdhulp");
        assertThat(grondslagen.verwerkingsactiviteit("TEAMLEIDER")).isEqualTo(ACTIVITEIT + "hulp-door-de-gemeente");
    }

    @Test
    void r20_issue14_aScopeWithABasisOfItsOwnWinsOverItsRoleWhereverItStandsAndHasItsOwnSetting() {
        var grondslagen = new Grondslagen(new MockEnvironment()
                .withProperty("keten.toegangslog.grondslag.PARTNERSYSTEEM", "eigen grondslag partners")
                .withProperty("keten.toegangslog.verwerkingsactiviteit.PARTNERSYSTEEM.terugkoppeling-contactpersoon",
                        "https://register.veiligthuis.example/verwerkingen/terugkoppeling"));

        // recorded with every scope of the token, sorted: the special scope need not come first
        assertThat(grondslagen.voor("PARTNERSYSTEEM meldingen:indienen terugkoppeling:contactpersoon", null))
                .contains("terugkoppeling aan de melder (R6)");
        assertThat(grondslagen.verwerkingsactiviteit("PARTNERSYSTEEM meldingen:indienen terugkoppeling:contactpersoon"))
                .isEqualTo("https://register.veiligthuis.example/verwerkingen/terugkoppeling");
        // the role's own setting still holds for its other scopes
        assertThat(grondslagen.voor("PARTNERSYSTEEM meldingen:indienen", null)).isEqualTo("eigen grondslag partners");
    }
}
