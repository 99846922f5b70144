package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/gezinnen")
public class TijdlijnController {

    private final Tijdlijn tijdlijn;
    private final Hashketen hashketen;
    private final Clock klok;

    public TijdlijnController(Tijdlijn tijdlijn, Hashketen hashketen, Clock klok) {
        this.tijdlijn = tijdlijn;
        this.hashketen = hashketen;
        this.klok = klok;
    }

    /**
     * An unknown gezin has an empty timeline, not a 404: a gezinId is opaque and its existence is not disclosed.
     * The next page's URL carries {@code bekendOp} (the moment this page was read when none was given), so paging
     * on does not shift when entries arrive meanwhile.
     */
    @Operation(summary = "De tijdlijn van een gezin over de hele keten, in causale volgorde, per pagina (R19)")
    @GetMapping("/{gezinId}/tijdlijn")
    public GezinTijdlijn tijdlijn(
            @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
            @Parameter(description = "Show the timeline as it was known at this moment",
                    example = "2026-11-25T12:00:00Z") @RequestParam(required = false) String bekendOp,
            @Parameter(description = "Only entries with tijdstip at or after this moment",
                    example = "2026-11-01T00:00:00Z") @RequestParam(required = false) String van,
            @Parameter(description = "Only entries with tijdstip before this moment",
                    example = "2026-12-01T00:00:00Z") @RequestParam(required = false) String tot,
            @Parameter(description = "Only entries of these event types; repeatable",
                    example = "TriageAfgerond") @RequestParam(required = false) List<String> type,
            @Parameter(description = "Page number, from 0", example = "0",
                    schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String pagina,
            @Parameter(description = "Entries per page, at most 500", example = "100",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "500", defaultValue = "100"))
            @RequestParam(required = false) String grootte) {
        TijdlijnVraag vraag = TijdlijnVraag.lees(bekendOp, van, tot, type, pagina, grootte);
        Instant gelezenOp = klok.instant();
        GezinTijdlijn antwoord = tijdlijn.van(gezinId, vraag);
        return antwoord.heeftVolgende() ? antwoord.metVolgende(url(vraag.volgendePagina(gelezenOp))) : antwoord;
    }

    @Operation(summary = "Controleert de hashketen van de tijdlijn van een gezin en meldt de eerste afwijking (R19)")
    @GetMapping("/{gezinId}/tijdlijn/verificatie")
    public TijdlijnVerificatie verificatie(
            @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId) {
        return hashketen.verifieer(gezinId);
    }

    /** Only validated values go into the query: moments, known type names and numbers need no encoding. */
    private static String url(TijdlijnVraag vraag) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .replaceQuery(null)
                .queryParam("bekendOp", vraag.bekendOp());
        if (vraag.van() != null) {
            url.queryParam("van", vraag.van());
        }
        if (vraag.tot() != null) {
            url.queryParam("tot", vraag.tot());
        }
        vraag.types().stream().sorted().forEach(type -> url.queryParam("type", type));
        return url.queryParam("pagina", vraag.pagina()).queryParam("grootte", vraag.grootte())
                .build(true).toUriString();
    }
}
