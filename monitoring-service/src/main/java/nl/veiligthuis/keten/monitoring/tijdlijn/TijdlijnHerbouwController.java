package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** For operators (beheer): rebuild the timeline from Kafka beside the live one and compare them (issue 5 point 3). */
@RestController
@RequestMapping("/api/v1/beheer/tijdlijn/herbouw")
public class TijdlijnHerbouwController {

    private final TijdlijnHerbouw herbouw;

    public TijdlijnHerbouwController(TijdlijnHerbouw herbouw) {
        this.herbouw = herbouw;
    }

    @Operation(summary = "Start een herbouw van de tijdlijn uit Kafka naast de live tijdlijn; daarna wordt per gezin "
            + "vergeleken (202; 409 als er al een loopt)")
    @PostMapping
    public ResponseEntity<TijdlijnHerbouwstand> start() {
        TijdlijnHerbouwstand gestart = herbouw.start();
        URI status = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{herbouwId}")
                .buildAndExpand(gestart.herbouwId()).toUri();
        return ResponseEntity.accepted().location(status).body(gestart);
    }

    @Operation(summary = "Voortgang van een herbouw en, als die KLAAR is, de vergelijking per gezin met de live tijdlijn")
    @GetMapping("/{herbouwId}")
    public TijdlijnHerbouwstand status(@Parameter(example = "5d0c8a3e-2f4b-4c1d-9e8f-7a6b5c4d3e2f") @PathVariable String herbouwId) {
        return herbouw.van(herbouwId).orElseThrow(() -> new NietGevonden("Geen herbouw met dit id."));
    }

    @ExceptionHandler(TijdlijnHerbouwLoopt.class)
    ProblemDetail loopt(TijdlijnHerbouwLoopt loopt) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, loopt.getMessage());
        probleem.setTitle("Herbouw loopt al");
        probleem.setType(URI.create("about:blank"));
        if (loopt.lopende() != null) {
            probleem.setProperty("herbouwId", loopt.lopende().herbouwId());
        }
        return probleem;
    }
}
