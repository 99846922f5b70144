package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.veiligthuis.keten.melding.regio.RegioIndeling;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.NietGevonden;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/meldingen")
public class MeldingController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock klok;
    private final RegioIndeling regioIndeling;
    private final Gezinsherkenning gezinsherkenning;
    private final Gezinskennis gezinskennis;

    public MeldingController(CommandGateway commandGateway, QueryGateway queryGateway, Clock klok,
                             RegioIndeling regioIndeling, Gezinsherkenning gezinsherkenning,
                             Gezinskennis gezinskennis) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.klok = klok;
        this.regioIndeling = regioIndeling;
        this.gezinsherkenning = gezinsherkenning;
        this.gezinskennis = gezinskennis;
    }

    @Operation(summary = "Registreer een melding over een gezin",
            description = "The melding joins the gezin named by gezin.gezinId; else the known gezin its BSNs match, "
                    + "if exactly one; else a new gezin, with every known gezin that matches by BSN or by name and "
                    + "date of birth offered in mogelijkeDuplicaten. A melding is never refused for a match.")
    @PostMapping
    public ResponseEntity<MeldingGeregistreerd> registreer(Beller beller, @Valid @RequestBody MeldingRequest request) {
        if (request.gezin().gezinId() != null && !Gezinskennis.magGezinNoemen(beller)) {
            throw new OngeldigeInvoer("gezin.gezinId",
                    "alleen Veilig Thuis koppelt een melding aan een bekend gezin (issue 13: geen bestaansorakel)",
                    "Null");
        }
        var nu = klok.instant();
        var ontvangenOp = request.ontvangenOp() == null ? nu : request.ontvangenOp();
        if (ontvangenOp.isAfter(nu)) {
            throw new OngeldigeInvoer("ontvangenOp",
                    "het moment van ontvangst ligt niet in de toekomst (R1: termijnen tellen vanaf ontvangst)",
                    "PastOrPresent");
        }
        var meldingId = UUID.randomUUID().toString();
        var gemeld = request.gezin().leden();
        var herkenning = gezinsherkenning.herken(request.gezin().gezinId(), gemeld.stream()
                .map(lid -> new Persoonskenmerken(lid.bsn(), lid.voornaam(), lid.achternaam(), lid.geboortedatum()))
                .toList());
        var leden = IntStream.range(0, gemeld.size())
                .mapToObj(i -> new Gezinslid(herkenning.persoonIds().get(i), gemeld.get(i).rol(),
                        gemeld.get(i).voornaam(), gemeld.get(i).achternaam(), gemeld.get(i).geboortedatum(),
                        gemeld.get(i).bsn()))
                .toList();
        var melder = new Melder(request.melder().type(), request.melder().organisatie(), request.melder().contact(),
                request.melder().politiemelding());
        var regio = regioIndeling.regioVan(request.gezin().gemeente()).orElse(null);
        commandGateway.sendAndWait(new RegistreerMelding(meldingId, herkenning.gezinId(), melder,
                request.gezin().gemeente(), regio, leden, request.geweldsvormen(), request.kinderenAanwezig(),
                request.acuutOnveilig(), request.omschrijving(), ontvangenOp, herkenning.mogelijkeDuplicaten()));
        // the gezin the melding joined and the gezinnen it may be are named only to whom may know them: a known gezin's
        // id tells that its BSN is known
        String gezinId = gezinskennis.magKennen(beller, herkenning.gezinId())
                || Gezinskennis.magGezinNoemen(beller) ? herkenning.gezinId() : null;
        return ResponseEntity.created(URI.create("/api/v1/meldingen/" + meldingId))
                .body(new MeldingGeregistreerd(meldingId, gezinId, regio, ontvangenOp,
                        gezinskennis.zichtbaar(beller, herkenning.mogelijkeDuplicaten())));
    }

    @Operation(summary = "Haal het overzicht van een melding op (zonder persoonsgegevens)",
            description = "The current gezinId and the offers of possible duplicates still open.")
    @GetMapping("/{meldingId}")
    public MeldingOverzicht haalOp(
            Beller beller,
            @Parameter(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") @PathVariable String meldingId) {
        Optional<MeldingOverzicht> overzicht = queryGateway
                .query(new HaalMeldingOp(meldingId), ResponseTypes.optionalInstanceOf(MeldingOverzicht.class))
                .join();
        return overzicht.map(melding -> melding.metDuplicaten(gezinskennis.zichtbaar(beller,
                        melding.mogelijkeDuplicaten())))
                .orElseThrow(() -> new NietGevonden("melding " + meldingId + " is niet bekend"));
    }
}
