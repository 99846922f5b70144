package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A medewerker settles a possible duplicate offered at registration: the same gezin, or not. */
@RestController
@RequestMapping("/api/v1/meldingen/{meldingId}/gezinskoppeling")
public class GezinskoppelingController {

    private final CommandGateway commandGateway;

    public GezinskoppelingController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Operation(summary = "Koppel de melding aan een aangeboden bekend gezin",
            description = "Only a gezin from the melding's mogelijkeDuplicaten, and only once; otherwise 409 with "
                    + "regel R21. Publishes melding-aan-gezin-gekoppeld.v1.")
    @PostMapping
    public Gezinskoppeling koppel(
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId,
            @Valid @RequestBody GezinskoppelingRequest request) {
        MeldingAanGezinGekoppeld gekoppeld = commandGateway.sendAndWait(
                new KoppelAanGezin(meldingId, request.gezinId()));
        return Gezinskoppeling.van(gekoppeld);
    }

    @Operation(summary = "Wijs een aangeboden bekend gezin af: het is niet het gezin van deze melding",
            description = "Only a gezin still open in the melding's mogelijkeDuplicaten; otherwise 409 with regel R21.")
    @PostMapping("/afwijzing")
    public DuplicaatAfwijzing wijsAf(
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId,
            @Valid @RequestBody GezinskoppelingRequest request) {
        MogelijkDuplicaatAfgewezen afgewezen = commandGateway.sendAndWait(
                new WijsMogelijkDuplicaatAf(meldingId, request.gezinId()));
        return DuplicaatAfwijzing.van(afgewezen);
    }
}
