package nl.veiligthuis.keten.monitoring.aanvulling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import nl.veiligthuis.keten.monitoring.betrokkenheid.Betrokkenheden;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.platform.web.Pseudoniem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R21: a correction or a gezinslid's own statement is added to the gezin's file by a professional involved with the
 * gezin, on the person's request; what was recorded stays as it was. Only organisations (and teams) involved with the
 * gezin by the chain's own events, and the inspectie reading, reach it: another, also one involved only by its own
 * registration (R18), gets the 404 of an unknown gezin.
 */
@RestController
@RequestMapping("/api/v1/gezinnen/{gezinId}/aanvullingen")
@Tag(name = "Aanvullingen", description = "R21: correcties en eigen verklaringen, toegevoegd, nooit overschreven")
class AanvullingController {

    private final CommandGateway commandGateway;
    private final Aanvullingen aanvullingen;
    /**
     * Whose gezinnen by the chain's own events (a melding in its regio, a zaak it accepted), not by a registration of
     * its own (R18): what a gezinslid says about the record is for those who keep it.
     */
    private final OrganisatieOpzoeker doorKeten;

    AanvullingController(CommandGateway commandGateway, Aanvullingen aanvullingen, Betrokkenheden betrokkenheden) {
        this.commandGateway = commandGateway;
        this.aanvullingen = aanvullingen;
        this.doorKeten = betrokkenheden.gezinnen(true);
    }

    @Operation(summary = "Voeg een correctie of een eigen verklaring toe aan het dossier van een gezin (R21)",
            description = "Op verzoek van de betrokkene. Wat vastgelegd was, blijft staan; de aanvulling staat "
                    + "ernaast, met wie haar toevoegde. Een latere aanvulling wijzigt een eerdere niet.")
    @PostMapping
    ResponseEntity<AanvullingToegevoegdAntwoord> voegToe(
            Beller beller, @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
            @Valid @RequestBody AanvullingRequest request) {
        controleer(beller, gezinId);
        String aanvullingId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new VoegAanvullingToe(aanvullingId, gezinId, request.soort(),
                request.persoonId(), request.betreft(), request.tekst()));
        return ResponseEntity.created(URI.create("/api/v1/gezinnen/" + gezinId + "/aanvullingen"))
                .body(new AanvullingToegevoegdAntwoord(aanvullingId, gezinId, request.soort()));
    }

    @Operation(summary = "De correcties en eigen verklaringen in het dossier van een gezin (R21), oudste eerst")
    @GetMapping
    AanvullingenVanGezin vanGezin(
            Beller beller, @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId) {
        controleer(beller, gezinId);
        return new AanvullingenVanGezin(gezinId, aanvullingen.vanGezin(gezinId));
    }

    private void controleer(Beller beller, String gezinId) {
        if (!Pseudoniem.is(gezinId)) {
            throw new OngeldigeInvoer("gezinId", "moet een gezinId (UUID) zijn", "Pattern");
        }
        if (beller.isBegrensd() && doorKeten.buiten(beller, gezinId)) {
            // involved by its own registration only: the same answer as the werkgebied check's for an unknown gezin
            Toegangskenmerken.buitenWerkgebied(gezinId);
            throw new NietGevonden("gezinId " + gezinId + " is niet bekend");
        }
    }
}
