package nl.veiligthuis.keten.platform.projectie;

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

/** For operators (beheer): rebuild one of the service's own projections from its event store and verify it (R19). */
@RestController
@RequestMapping("/api/v1/beheer/projecties/{naam}/herbouw")
public class ProjectieHerbouwController {

    private final ProjectieHerbouw herbouw;

    public ProjectieHerbouwController(ProjectieHerbouw herbouw) {
        this.herbouw = herbouw;
    }

    @Operation(summary = "Herbouw een projectie (processing group) uit de event store terwijl de dienst draait; daarna "
            + "wordt per gezin vergeleken met de stand ervoor (202; 404 als de projectie niet herbouwbaar is; 409 als "
            + "er al een herbouw van loopt)")
    @PostMapping
    public ResponseEntity<ProjectieHerbouwstand> start(
            @Parameter(description = "Processing group", example = "zaakdossier") @PathVariable String naam) {
        ProjectieHerbouwstand gestart = herbouw.start(naam);
        URI status = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{herbouwId}")
                .buildAndExpand(gestart.herbouwId()).toUri();
        return ResponseEntity.accepted().location(status).body(gestart);
    }

    @Operation(summary = "Voortgang van een herbouw en, als die KLAAR is, de vergelijking per gezin met de stand ervoor")
    @GetMapping("/{herbouwId}")
    public ProjectieHerbouwstand status(
            @Parameter(description = "Processing group", example = "zaakdossier") @PathVariable String naam,
            @Parameter(example = "5d0c8a3e-2f4b-4c1d-9e8f-7a6b5c4d3e2f") @PathVariable String herbouwId) {
        return herbouw.van(naam, herbouwId)
                .orElseThrow(() -> new NietGevonden("Geen herbouw met dit id voor projectie " + naam + "."));
    }

    @ExceptionHandler(ProjectieHerbouwLoopt.class)
    ProblemDetail loopt(ProjectieHerbouwLoopt loopt) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, loopt.getMessage());
        probleem.setTitle("Herbouw loopt al");
        probleem.setType(URI.create("about:blank"));
        if (loopt.lopende() != null) {
            probleem.setProperty("herbouwId", loopt.lopende());
        }
        return probleem;
    }

    @ExceptionHandler(ProjectieElders.class)
    ProblemDetail elders(ProjectieElders elders) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, elders.getMessage());
        probleem.setTitle("Projectie in gebruik door een andere instantie");
        probleem.setType(URI.create("about:blank"));
        return probleem;
    }
}
