package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gezinnen")
public class TijdlijnController {

    private final Tijdlijn tijdlijn;

    public TijdlijnController(Tijdlijn tijdlijn) {
        this.tijdlijn = tijdlijn;
    }

    /** An unknown gezin has an empty timeline, not a 404: a gezinId is opaque and its existence is not disclosed. */
    @Operation(summary = "De tijdlijn van een gezin over de hele keten, in causale volgorde (R19)")
    @GetMapping("/{gezinId}/tijdlijn")
    public GezinTijdlijn tijdlijn(@Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
                                  @Parameter(description = "Show the timeline as it was known at this moment",
                                          example = "2026-11-25T12:00:00Z") @RequestParam(required = false) String bekendOp) {
        return tijdlijn.van(gezinId, bekendOp == null ? null : moment(bekendOp));
    }

    private static Instant moment(String waarde) {
        try {
            return Instant.parse(waarde);
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoer("bekendOp", "geen date-time volgens RFC 3339 in UTC", "date-time");
        }
    }
}
