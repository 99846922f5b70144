package nl.veiligthuis.keten.platform.toegangslog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log of this service (R20): a gezin's or person's overview of who accessed their data, and its chain. */
@RestController
@RequestMapping("/api/v1/toegangslog")
@Tag(name = "Toegangslog", description = "R20: wie zag of wijzigde de gegevens van een gezin of persoon")
class ToegangslogController {

    private static final int STANDAARD_MAXIMUM = 1000;
    private static final int HOOGSTE_MAXIMUM = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(ToegangslogController.class);

    private final Toegangslog log;
    private final Ketentoegangslog keten;
    private final Toegangsanker anker;
    private final Grondslagen grondslagen;

    ToegangslogController(Toegangslog log, Ketentoegangslog keten, Toegangsanker anker, Grondslagen grondslagen) {
        this.grondslagen = grondslagen;
        this.log = log;
        this.keten = keten;
        this.anker = anker;
    }

    /**
     * The chain walked, and its last anchor outside the database checked: {@code intact} only when both hold.
     * {@code ankerFout}: why the anchor could not be read; the chain's own result then stands alone.
     */
    record Verificatie(boolean intact, long lengte, String laatsteHash, Toegangslog.Afwijking eersteAfwijking,
                       Toegangsanker.Ankercontrole anker, String ankerFout) {
    }

    /** One record, with the names Logboek Dataverwerkingen gives the fields it shares noted in docs/security.md. */
    record Toegang(long volgnummer, UUID registratieId, String traceId, String spanId, Instant begin, Instant einde,
                   String dienst, String verwerking, Handeling handeling, Uitkomst uitkomst, String statusCode,
                   int httpStatus, String gebruiker, String namens, String organisatie, String rol, String grondslag,
                   String noodtoegang, List<String> gezinnen, List<String> personen, List<String> objecten,
                   String hash) {

        static Toegang van(Toegangslog.Regel regel) {
            Toegangsregistratie r = regel.registratie();
            return new Toegang(regel.volgnummer(), r.registratieId(), r.traceId(), r.spanId(), r.begin(), r.einde(),
                    r.dienst(), r.verwerking(), r.handeling(), r.uitkomst(), r.uitkomst().statusCode(),
                    r.httpStatus(), r.gebruiker(), r.namens(), r.organisatie(), r.rol(), r.grondslag(),
                    r.noodtoegang(), r.gezinnen(), r.personen(), r.objecten(), regel.hash());
        }
    }

    @GetMapping
    @Operation(summary = "Wie de gegevens van een gezin of persoon inzag of wijzigde (R20)",
            description = "Elke toegang tot deze dienst die het gezin of de persoon betrof, ook geweigerde pogingen, "
                    + "oudste eerst, per pagina: lees verder met na = het volgnummer van de laatste. "
                    + "Geef gezinId, persoonId of beide.")
    List<Toegang> overzicht(
            @Parameter(description = "het gezin (pseudoniem)",
                    example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @RequestParam(required = false) String gezinId,
            @Parameter(description = "de persoon (pseudoniem)",
                    example = "0d7f5c1a-2b3c-4d5e-8f90-1a2b3c4d5e6f") @RequestParam(required = false) String persoonId,
            @Parameter(description = "hoogstens zoveel registraties (1 tot 10000, standaard 1000)", example = "1000")
            @RequestParam(required = false) Integer maximum,
            @Parameter(description = "alleen registraties na dit volgnummer: het laatste van de vorige pagina",
                    example = "0")
            @RequestParam(required = false) Long na) {
        controleer(gezinId, persoonId, maximum);
        return log.voor(leeg(gezinId) ? null : gezinId, leeg(persoonId) ? null : persoonId, na == null ? 0 : na,
                maximum == null ? STANDAARD_MAXIMUM : maximum).stream().map(Toegang::van).toList();
    }

    @GetMapping("/logboek-dataverwerkingen")
    @Operation(summary = "De toegang tot de gegevens van één betrokkene, als Logboek Dataverwerkingen (R20)",
            description = "Dezelfde registraties als het overzicht, in de vorm van Logius' standaard Logboek "
                    + "Dataverwerkingen: trace_id, span_id, status (Ok, Unset bij weigering of ongeldige invoer, "
                    + "Error bij een fout van de dienst), name, start_time, end_time, resource en attributes met "
                    + "dpl.core.processing_activity_id, dpl.core.data_subject_id en dpl.core.data_subject_id_type; "
                    + "wat NEN 7513 meer vraagt onder keten.*. Eén betrokkene per vraag: gezinId of persoonId. "
                    + "Lees verder met na = keten.volgnummer van de laatste.")
    List<Dataverwerking> logboekDataverwerkingen(
            @Parameter(description = "het gezin (pseudoniem)",
                    example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @RequestParam(required = false) String gezinId,
            @Parameter(description = "de persoon (pseudoniem)",
                    example = "0d7f5c1a-2b3c-4d5e-8f90-1a2b3c4d5e6f") @RequestParam(required = false) String persoonId,
            @Parameter(description = "hoogstens zoveel registraties (1 tot 10000, standaard 1000)", example = "1000")
            @RequestParam(required = false) Integer maximum,
            @Parameter(description = "alleen registraties na dit volgnummer: keten.volgnummer van de laatste",
                    example = "0")
            @RequestParam(required = false) Long na) {
        controleer(gezinId, persoonId, maximum);
        if (!leeg(gezinId) && !leeg(persoonId)) {
            throw new OngeldigeInvoer(List.of(new InvalidParam("persoonId",
                    "één betrokkene per vraag: geef gezinId of persoonId, niet beide", "EEN_BETROKKENE")));
        }
        boolean gezin = !leeg(gezinId);
        String betrokkene = gezin ? gezinId : persoonId;
        String soort = gezin ? Dataverwerking.GEZIN : Dataverwerking.PERSOON;
        return log.voor(gezin ? gezinId : null, gezin ? null : persoonId, na == null ? 0 : na,
                        maximum == null ? STANDAARD_MAXIMUM : maximum).stream()
                .map(regel -> Dataverwerking.van(regel, betrokkene, soort,
                        grondslagen.verwerkingsactiviteit(regel.registratie().rol())))
                .toList();
    }

    @GetMapping("/keten")
    @Operation(summary = "Wie de gegevens van een gezin of persoon inzag of wijzigde, in de hele keten (R20)",
            description = "De toegangslog van deze dienst en, met het token van de vrager, die van de andere diensten, "
                    + "samen en oudste eerst. Per dienst staat of die bereikt is en, als er meer is, het volgnummer om "
                    + "daar verder te lezen (na). Een dienst die niet antwoordt, staat er als niet bereikt: het "
                    + "overzicht is dan niet volledig.")
    Ketentoegangslog.Ketenoverzicht keten(
            @Parameter(description = "het gezin (pseudoniem)",
                    example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @RequestParam(required = false) String gezinId,
            @Parameter(description = "de persoon (pseudoniem)",
                    example = "0d7f5c1a-2b3c-4d5e-8f90-1a2b3c4d5e6f") @RequestParam(required = false) String persoonId,
            @Parameter(description = "hoogstens zoveel registraties per dienst (1 tot 10000, standaard 1000)",
                    example = "1000")
            @RequestParam(required = false) Integer maximum,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String autorisatie) {
        controleer(gezinId, persoonId, maximum);
        return keten.voor(leeg(gezinId) ? null : gezinId, leeg(persoonId) ? null : persoonId,
                maximum == null ? STANDAARD_MAXIMUM : maximum, autorisatie);
    }

    private static void controleer(String gezinId, String persoonId, Integer maximum) {
        List<InvalidParam> ongeldig = new ArrayList<>();
        if (leeg(gezinId) && leeg(persoonId)) {
            ongeldig.add(new InvalidParam("gezinId", "geef gezinId of persoonId", "GEZIN_OF_PERSOON_VERPLICHT"));
        }
        if (maximum != null && (maximum < 1 || maximum > HOOGSTE_MAXIMUM)) {
            ongeldig.add(new InvalidParam("maximum", "moet tussen 1 en " + HOOGSTE_MAXIMUM + " liggen", "BEREIK"));
        }
        if (!ongeldig.isEmpty()) {
            throw new OngeldigeInvoer(ongeldig);
        }
    }

    @GetMapping("/verificatie")
    @Operation(summary = "Of de toegangslog van deze dienst ongeschonden is",
            description = "Loopt de hele hashketen na, en vergelijkt het laatste anker buiten de database (de kop "
                    + "van de keten, regelmatig gepubliceerd op keten.toegangslog.v1): wie de database kan wijzigen "
                    + "en de hele keten opnieuw berekent, wordt daar alsnog betrapt (ANKER_HASH_WIJKT_AF, "
                    + "ANKER_ONTBREEKT).")
    Verificatie verificatie() {
        Toegangslog.Verificatie keten = log.verifieer();
        Toegangsanker.Ankercontrole controle;
        try {
            controle = anker.controleer().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("The access log's anchor could not be read ({})", e.getClass().getSimpleName());
            return new Verificatie(keten.intact(), keten.lengte(), keten.laatsteHash(), keten.eersteAfwijking(),
                    null, "anker niet gelezen (" + e.getClass().getSimpleName() + ")");
        }
        boolean ankerKlopt = controle == null || controle.klopt();
        Toegangslog.Afwijking afwijking = keten.eersteAfwijking() != null || ankerKlopt ? keten.eersteAfwijking()
                : new Toegangslog.Afwijking(controle.volgnummer(), "ANKER_" + controle.reden());
        // a log with records but no anchor yet (the first interval, or the anchoring failing): said, not hidden
        String geenAnker = controle == null && keten.lengte() > 0 ? "nog geen anker voor deze keten" : null;
        return new Verificatie(keten.intact() && ankerKlopt, keten.lengte(), keten.laatsteHash(), afwijking,
                controle, geenAnker);
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
