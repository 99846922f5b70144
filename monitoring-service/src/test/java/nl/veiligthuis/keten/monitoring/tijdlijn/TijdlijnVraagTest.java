package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import org.junit.jupiter.api.Test;

class TijdlijnVraagTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void r19_withoutParametersTheFirstHundredEntriesOfEveryTypeAsKnownNow() {
        TijdlijnVraag vraag = TijdlijnVraag.lees(null, null, null, null, null, null);
        assertThat(vraag).isEqualTo(new TijdlijnVraag(null, null, null, Set.of(), 0, 100));
        assertThat(vraag.laatZien(entry("TriageAfgerond", 0))).isTrue();
    }

    @Test
    void r19_filtersOnAHalfOpenPeriodAndOnTypes() {
        TijdlijnVraag vraag = TijdlijnVraag.lees(null, T.toString(), T.plusSeconds(60).toString(),
                List.of("TriageAfgerond", "MeldingOntvangen"), "2", "500");
        assertThat(vraag.laatZien(entry("TriageAfgerond", 0))).isTrue();
        assertThat(vraag.laatZien(entry("MeldingOntvangen", 59))).isTrue();
        assertThat(vraag.laatZien(entry("TriageAfgerond", -1))).isFalse();
        assertThat(vraag.laatZien(entry("TriageAfgerond", 60))).isFalse();
        assertThat(vraag.laatZien(entry("OverdrachtGedaan", 30))).isFalse();
        assertThat(vraag.pagina()).isEqualTo(2);
        assertThat(vraag.grootte()).isEqualTo(500);
        assertThat(vraag.volgendePagina(T).bekendOp()).isEqualTo(T);
        assertThat(vraag.volgendePagina(T).pagina()).isEqualTo(3);
    }

    @Test
    void r19_everyInvalidParameterIsNamed() {
        assertThatThrownBy(() -> TijdlijnVraag.lees("gisteren", "morgen", null, List.of("Onzin", "TriageAfgerond"),
                "-1", "501"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name)
                        .containsExactly("bekendOp", "van", "type", "pagina", "grootte"));
        assertThatThrownBy(() -> TijdlijnVraag.lees(null, T.toString(), T.toString(), null, "x", "0"))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name)
                        .containsExactly("tot", "pagina", "grootte"));
    }

    @Test
    void r19_everyEventTypeOfTheContractCanBeFilteredOn() throws IOException {
        try (Stream<Path> schemas = Files.list(EventContract.eventsDirectory().resolve("schemas"))) {
            // the access logs' anchors concern no gezin: they never reach a timeline
            List<String> types = schemas.map(schema -> schema.getFileName().toString().replace(".schema.json", ""))
                    .filter(naam -> !naam.equals("toegangslog-verankerd.v1"))
                    .map(naam -> Gebeurtenistype.kortNaam("nl.veilig-thuis.keten.x." + naam))
                    .toList();
            assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(Gebeurtenistype.bekend(type)).isTrue());
        }
        assertThat(Gebeurtenistype.bekend("triageafgerond")).isFalse();
    }

    private static TijdlijnGebeurtenis entry(String type, long seconden) {
        return new TijdlijnGebeurtenis(type, T.plusSeconds(seconden), "test-service", null, "test", "e",
                "nl.veilig-thuis.keten.test.test.v1", null, null);
    }
}
