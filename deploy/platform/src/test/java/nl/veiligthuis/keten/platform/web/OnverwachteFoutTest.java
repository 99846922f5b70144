package nl.veiligthuis.keten.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An error nobody foresaw is answered as problem+json too, without its message (it may hold a family's data), with a
 * kenmerk to find it in the log; Spring's own refusals keep their status.
 */
class OnverwachteFoutTest {

    @RestController
    static class Kapot {

        @GetMapping("/kapot")
        String kapot() {
            throw new IllegalStateException("Failing row contains (Jan Jansen, 123456782)");
        }

        @GetMapping("/theepot")
        String theepot() {
            throw new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT);
        }

        @GetMapping("/verplicht")
        String verplicht(@RequestParam int aantal) {
            return "ok " + aantal;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Kapot())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void anUnexpectedErrorIsA500ProblemThatSaysNothingOfItsCause() throws Exception {
        mvc.perform(get("/kapot"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Onverwachte fout"))
                .andExpect(jsonPath("$.kenmerk").isNotEmpty())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Jansen"))));
    }

    @Test
    void springsOwnRefusalsKeepTheirStatus() throws Exception {
        mvc.perform(get("/theepot")).andExpect(status().isIAmATeapot());
        mvc.perform(get("/verplicht")).andExpect(status().isBadRequest());
        mvc.perform(get("/verplicht").param("aantal", "veel")).andExpect(status().isBadRequest());
    }
}
