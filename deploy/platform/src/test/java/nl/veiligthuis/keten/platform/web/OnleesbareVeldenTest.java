package nl.veiligthuis.keten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Issue 13 point 8: an unknown field is named where it stands, also when a record's constructor buffered it. */
class OnleesbareVeldenTest {

    record Persoon(String naam, String telefoon) {
    }

    record Verzoek(String team, Persoon regisseur, Persoon medewerker) {
    }

    private final JsonMapper json = JsonMapper.builder().addHandler(new OnleesbareVelden())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @BeforeEach
    void verzoek() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        OnleesbareVelden.open();
    }

    @AfterEach
    void klaar() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void issue13_anUnknownFieldBeforeTheRecordsLastFieldIsNamedAtItsOwnPlace() {
        json.readValue("""
                {"team": "Centrum", "geenRegisseur": {"naam": "A"}, "medewerker": {"naam": "B"}}""", Verzoek.class);
        assertThat(namen()).containsExactly("geenRegisseur");
    }

    @Test
    void issue13_anUnknownFieldInANestedRecordCarriesItsPath() {
        json.readValue("""
                {"regisseur": {"bsn": "111222333", "naam": "A"}, "team": "Centrum", "extra": 1}""", Verzoek.class);
        assertThat(namen()).containsExactlyInAnyOrder("regisseur.bsn", "extra");
    }

    @Test
    void issue13_anUnknownFieldAfterTheRecordsFieldsAndAnUnknownObjectInANestedRecordAreNamedToo() {
        json.readValue("""
                {"team": "Centrum", "regisseur": {"naam": "A", "telefoon": "1", "adres": {"straat": "x"}},
                 "medewerker": {"naam": "B", "telefoon": "2"}, "bsn": "111222333"}""", Verzoek.class);
        assertThat(namen()).containsExactlyInAnyOrder("regisseur.adres", "bsn");
    }

    @Test
    void issue13_twoUnknownFieldsTheLastOneLastAreEachNamedAtTheirPlace() {
        json.readValue("""
                {"x": 1, "team": "A", "y": 2}""", Verzoek.class);
        assertThat(namen()).containsExactlyInAnyOrder("x", "y");
    }

    @Test
    void issue13_twoUnknownFieldsInANestedRecordAreNamedUnderIt() {
        json.readValue("""
                {"regisseur": {"x": 1, "naam": "A", "y": {"z": 2}}, "team": "A"}""", Verzoek.class);
        assertThat(namen()).containsExactlyInAnyOrder("regisseur.x", "regisseur.y");
    }

    private static List<String> namen() {
        return OnleesbareVelden.van().orElseThrow().stream().map(InvalidParam::name).toList();
    }
}
