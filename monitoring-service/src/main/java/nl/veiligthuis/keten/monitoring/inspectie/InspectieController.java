package nl.veiligthuis.keten.monitoring.inspectie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.monitoring.tijdlijn.OngeldigeParameters;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an inspector asks of a gezin's history (R19): the state as known at a moment and the inspection checks,
 * per gezin and counted per regio and gemeente, also as CSV. An unknown gezinId answers like a gezin without
 * history: its existence is not disclosed.
 */
@RestController
public class InspectieController {

    static final String CSV = "text/csv";
    private static final String[] KOLOMMEN = {"gezinId", "regio", "gemeente", "bekendOp", "criterium", "regel",
            "uitkomst", "aantal", "toelichting", "bewijs"};

    private final Inspectie inspectie;

    public InspectieController(Inspectie inspectie) {
        this.inspectie = inspectie;
    }

    @Operation(summary = "Toetst de geschiedenis van een gezin aan het toezichtkader, zoals bekend op een moment (R19)")
    @GetMapping("/api/v1/gezinnen/{gezinId}/toetsing")
    public GezinToetsing toetsing(
            @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
            @Parameter(description = "Judge the history as it was known at this moment; default now",
                    example = "2027-03-01T12:00:00Z") @RequestParam(required = false) String bekendOp) {
        return inspectie.toets(gezinId, moment(bekendOp));
    }

    @Operation(summary = "Wie regie en zicht op veiligheid had, welke termijnen liepen en welke plannen golden, "
            + "zoals bekend op een moment (R19)")
    @GetMapping("/api/v1/gezinnen/{gezinId}/toestand")
    public Toestand toestand(
            @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
            @Parameter(description = "The state as it was known at this moment; default now",
                    example = "2027-03-01T12:00:00Z") @RequestParam(required = false) String bekendOp) {
        return inspectie.toestand(gezinId, moment(bekendOp));
    }

    @Operation(summary = "De toetsing van alle gezinnen, geteld per regio en gemeente (R19)")
    @GetMapping(value = "/api/v1/toetsingen", produces = "application/json")
    public Toetsingsoverzicht overzicht(
            @Parameter(description = "Judge as known at this moment; default now", example = "2027-03-01T12:00:00Z")
            @RequestParam(required = false) String bekendOp,
            @Parameter(description = "Only gezinnen of this Veilig Thuis regio", example = "VeiligThuisRotterdamRijnmond")
            @RequestParam(required = false) String regio,
            @Parameter(description = "Only gezinnen of this gemeente", example = "Vlaardingen")
            @RequestParam(required = false) String gemeente) {
        return inspectie.overzicht(moment(bekendOp), regio, gemeente);
    }

    /** One row per gezin and criterion, streamed: an inspection exports every gezin of a regio at once. */
    @Operation(summary = "De toetsing van alle gezinnen als CSV, een regel per gezin en criterium (R19)",
            responses = @ApiResponse(responseCode = "200", description = "RFC 4180 CSV with a header row",
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    @GetMapping(value = "/api/v1/toetsingen", produces = CSV)
    public void export(
            @Parameter(description = "Judge as known at this moment; default now", example = "2027-03-01T12:00:00Z")
            @RequestParam(required = false) String bekendOp,
            @Parameter(description = "Only gezinnen of this Veilig Thuis regio", example = "VeiligThuisRotterdamRijnmond")
            @RequestParam(required = false) String regio,
            @Parameter(description = "Only gezinnen of this gemeente", example = "Vlaardingen")
            @RequestParam(required = false) String gemeente,
            HttpServletResponse response) throws IOException {
        Instant moment = moment(bekendOp);
        response.setContentType(CSV + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"toetsingen.csv\"");
        Writer writer = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(KOLOMMEN).get())) {
            List<String> getoond = new ArrayList<>();
            inspectie.toetsAlle(moment, regio, gemeente, gezin -> {
                getoond.add(gezin.gezinId());
                schrijf(csv, gezin);
            });
            // R20: a CSV names no gezin the access log could read from JSON; every exported gezin is in its overview
            Toegangskenmerken.toonde(getoond);
        }
    }

    private static void schrijf(CSVPrinter csv, GezinToetsing gezin) {
        try {
            for (Toetsing toetsing : gezin.toetsingen()) {
                csv.printRecord(gezin.gezinId(), gezin.regio(), gezin.gemeente(), gezin.bekendOp(),
                        toetsing.criterium(), toetsing.regel(), toetsing.uitkomst(), toetsing.aantal(),
                        toetsing.toelichting(),
                        toetsing.bewijs().stream().map(Bewijs::eventId).collect(Collectors.joining(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant moment(String bekendOp) {
        if (bekendOp == null || bekendOp.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(bekendOp);
        } catch (DateTimeParseException e) {
            throw new OngeldigeParameters(List.of(new InvalidParam("bekendOp",
                    "moet een tijdstip zijn zoals 2027-03-01T12:00:00Z", "tijdstip")));
        }
    }
}
