package nl.veiligthuis.keten.platform.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For operators (beheer): the records this service's consumers parked, and their replay after the fix (D3). */
@RestController
@RequestMapping("/api/v1/beheer/geparkeerde-berichten")
public class GeparkeerdeBerichtenController {

    private final GeparkeerdeBerichten geparkeerd;

    public GeparkeerdeBerichtenController(GeparkeerdeBerichten geparkeerd) {
        this.geparkeerd = geparkeerd;
    }

    @Operation(summary = "Toon de berichten die de consumers van deze dienst geparkeerd hebben (dead-letter topics)",
            description = "Identifiers, type and the reason only: no payload. herhaaldOp is set once a record was "
                    + "sent back to its original topic.")
    @GetMapping
    public List<GeparkeerdBericht> lijst() {
        return geparkeerd.lijst();
    }

    @Operation(summary = "Stuur een geparkeerd bericht terug naar zijn oorspronkelijke topic, na de oplossing (202; "
            + "409 als het al teruggestuurd is; 404 als het hier niet geparkeerd is)")
    @PostMapping("/{topic}/{partitie}/{offset}/herhaling")
    public ResponseEntity<?> herhaal(
            @Parameter(example = "keten.melding.v1.triage-service.dlt") @PathVariable String topic,
            @Parameter(example = "0") @PathVariable int partitie, @Parameter(example = "17") @PathVariable long offset) {
        boolean nu = geparkeerd.herhaal(topic, partitie, offset).orElseThrow(() -> new NietGevonden(
                "geen geparkeerd bericht op " + topic + "/" + partitie + "/" + offset));
        if (!nu) {
            ProblemDetail al = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "this record was sent back to its original topic before; it is never replayed twice");
            al.setTitle("Al herhaald");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(al);
        }
        return ResponseEntity.accepted().body(Map.of("topic", topic, "partitie", partitie, "offset", offset));
    }
}
