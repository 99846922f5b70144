package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zaken")
public class ZaakController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    public ZaakController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @Operation(summary = "Zoek de zaken van een gezin")
    @GetMapping
    public List<ZaakOverzicht> zoek(@RequestParam(required = false) String gezinId) {
        if (gezinId == null || gezinId.isBlank()) {
            throw new OngeldigeInvoer("gezinId", "het gezin is verplicht", "NotBlank");
        }
        return queryGateway.query(new ZoekZaken(gezinId), ResponseTypes.multipleInstancesOf(ZaakOverzicht.class))
                .join();
    }

    @Operation(summary = "Haal het overzicht van een zaak op (zonder persoonsgegevens)")
    @GetMapping("/{zaakId}")
    public ZaakOverzicht haalOp(@PathVariable String zaakId) {
        Optional<ZaakOverzicht> overzicht = queryGateway
                .query(new HaalZaakOp(zaakId), ResponseTypes.optionalInstanceOf(ZaakOverzicht.class))
                .join();
        return overzicht.orElseThrow(() -> new NietGevonden("zaak " + zaakId + " is niet bekend"));
    }

    @Operation(summary = "Accepteer de overdracht van Veilig Thuis: het wijkteam neemt de zaak in behandeling (R9)")
    @PostMapping("/{zaakId}/acceptatie")
    public AcceptatieVastgelegd accepteer(@PathVariable String zaakId, @Valid @RequestBody AcceptatieRequest request) {
        commandGateway.sendAndWait(new AccepteerOverdracht(zaakId, new Medewerker(request.medewerker().naam())));
        return new AcceptatieVastgelegd(zaakId, ZaakStatus.IN_BEHANDELING);
    }
}
