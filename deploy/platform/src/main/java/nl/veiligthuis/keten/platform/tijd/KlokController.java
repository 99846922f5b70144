package nl.veiligthuis.keten.platform.tijd;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves the service's clock forward, so a demonstration can let a term pass. Only present when
 * {@code keten.klok.verschuifbaar=true}; never in production.
 */
@RestController
@RequestMapping("/api/v1/beheer/klok")
public class KlokController {

    public record Verschuiving(@NotNull Duration verschuiving) {
    }

    private final Klok klok;

    public KlokController(Klok klok) {
        this.klok = klok;
    }

    @GetMapping
    public Map<String, Object> stand() {
        return Map.of("nu", klok.instant(), "verschuiving", klok.verschuiving());
    }

    @PostMapping
    public Map<String, Object> verschuif(@Valid @RequestBody Verschuiving request) {
        if (request.verschuiving().isNegative()) {
            throw new OngeldigeInvoer("verschuiving", "de klok gaat alleen vooruit", "PositiveOrZero");
        }
        klok.verschuif(request.verschuiving());
        return Map.<String, Object>of("nu", Instant.from(klok.instant()), "verschuiving", klok.verschuiving());
    }
}
