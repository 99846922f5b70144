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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Issue 13 point 8: text only as text in a request body, with every invalid field listed, in lists too. */
class TekstZonderOmzettingTest {

    record Invoer(String naam, List<String> doelen, String telefoon, int aantal) {
    }

    private final JsonMapper mapper = JsonMapper.builder().addHandler(new OnleesbareVelden())
            .addModule(new SimpleModule().addDeserializer(String.class, new TekstZonderOmzetting())).build();

    @BeforeEach
    void verzoek() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void klaar() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void issue13_aNumberOrBooleanWhereTextBelongsIsListedWithTheOthersAndTheRestIsRead() {
        OnleesbareVelden.open();
        Invoer invoer = mapper.readValue("""
                {"naam": true, "doelen": ["school", 5, "thuis", false], "telefoon": "010-1234567", "aantal": "x"}""",
                Invoer.class);
        assertThat(OnleesbareVelden.van().orElseThrow()).extracting(InvalidParam::name)
                .containsExactly("naam", "doelen[1]", "doelen[3]", "aantal");
        assertThat(invoer.naam()).isNull();
        assertThat(invoer.doelen()).containsExactly("school", null, "thuis", null);
        assertThat(invoer.telefoon()).isEqualTo("010-1234567");
    }

    @Test
    void outsideARequestBodyANumberStillReadsAsItsText() {
        Invoer invoer = mapper.readValue("{\"naam\": 10, \"doelen\": [5], \"telefoon\": \"1\", \"aantal\": 2}",
                Invoer.class);
        assertThat(invoer.naam()).isEqualTo("10");
        assertThat(invoer.doelen()).containsExactly("5");
    }
}
