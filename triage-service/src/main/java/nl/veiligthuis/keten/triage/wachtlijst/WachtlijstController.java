package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import nl.veiligthuis.keten.platform.web.OngeldigeInvoer;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** R5 over REST: waiting lists and norms per region, their daily history, and VT's worklist. */
@RestController
@RequestMapping("/api/v1")
public class WachtlijstController {

    static final int MAX_DAGEN = 366;
    static final int STANDAARD_DAGEN = 30;
    private static final String REGIO_VOORBEELD = "Veilig Thuis Rotterdam Rijnmond";

    private final WachtlijstMaatstaven maatstaven;
    private final WachtlijstNormen normen;
    private final Werkvoorraad werkvoorraad;
    private final Clock klok;

    public WachtlijstController(WachtlijstMaatstaven maatstaven, WachtlijstNormen normen, Werkvoorraad werkvoorraad,
                                Clock klok) {
        this.maatstaven = maatstaven;
        this.normen = normen;
        this.werkvoorraad = werkvoorraad;
        this.klok = klok;
    }

    @Operation(summary = "De zes wachtlijstmaatstaven van de inspecties en de netwerknormen per VT-regio, nu of op "
            + "een eerder moment (R5)")
    @GetMapping("/wachtlijsten")
    public WachtlijstOverzicht wachtlijsten(
            @Parameter(description = "alleen deze regio; ONBEKEND voor meldingen zonder bekende regio",
                    example = REGIO_VOORBEELD) @RequestParam(required = false) String regio,
            @Parameter(description = "het moment waarop de wachtlijsten gelden; standaard nu",
                    example = "2026-11-23T14:00:00Z") @RequestParam(required = false) Instant op,
            @Parameter(description = "zonder de mutaties huiselijk geweld van de politie (002 §3.2); standaard met",
                    example = "false") @RequestParam(defaultValue = "false") boolean zonderMutaties) {
        var nu = klok.instant();
        var moment = op == null ? nu : op;
        if (moment.isAfter(nu)) {
            throw new OngeldigeInvoer("op", "ligt in de toekomst", "PastOrPresent");
        }
        var gevraagd = regio == null || regio.isBlank() ? null : regio;
        var normenPerRegio = normen.perRegio(moment, gevraagd, zonderMutaties);
        var geenNormen = Normen.geen(moment.minus(WachtlijstNormen.PERIODE), moment);
        var herhaalPerRegio = normen.herhaalmeldingenPerRegio(moment, gevraagd, zonderMutaties);
        var geenHerhaal = Herhaalmeldingen.van(moment.minus(WachtlijstNormen.PERIODE), moment, 0, 0);
        List<RegioWachtlijst> regios = maatstaven.perRegio(moment, gevraagd, zonderMutaties).entrySet().stream()
                .map(e -> new RegioWachtlijst(e.getKey(), e.getValue(),
                        normenPerRegio.getOrDefault(e.getKey(), geenNormen),
                        herhaalPerRegio.getOrDefault(e.getKey(), geenHerhaal)))
                .toList();
        return new WachtlijstOverzicht(moment, regios, zonderMutaties);
    }

    @Operation(summary = "De zes wachtlijstmaatstaven van één regio per dag, zoals ze aan het eind van die dag "
            + "waren (vandaag: nu); ten hoogste 366 dagen (R5)")
    @GetMapping("/wachtlijsten/historie")
    public WachtlijstHistorie historie(
            @Parameter(description = "de regio (verplicht); ONBEKEND voor meldingen zonder bekende regio",
                    example = REGIO_VOORBEELD) @RequestParam(required = false) String regio,
            @Parameter(description = "eerste dag; standaard 29 dagen voor tot", example = "2026-11-20")
            @RequestParam(required = false) LocalDate van,
            @Parameter(description = "laatste dag, tot en met; standaard vandaag", example = "2026-11-27")
            @RequestParam(required = false) LocalDate tot,
            @Parameter(description = "zonder de mutaties huiselijk geweld van de politie (002 §3.2); standaard met",
                    example = "false") @RequestParam(defaultValue = "false") boolean zonderMutaties) {
        var verplichteRegio = verplicht(regio);
        var nu = klok.instant();
        var vandaag = nu.atZone(Werkdagen.NEDERLAND).toLocalDate();
        var laatste = tot == null ? vandaag : tot;
        var eerste = van == null ? laatste.minusDays(STANDAARD_DAGEN - 1) : van;
        if (laatste.isAfter(vandaag)) {
            throw new OngeldigeInvoer("tot", "ligt in de toekomst", "PastOrPresent");
        }
        if (eerste.isAfter(laatste)) {
            throw new OngeldigeInvoer("van", "ligt na tot", "VanVoorTot");
        }
        if (ChronoUnit.DAYS.between(eerste, laatste) + 1 > MAX_DAGEN) {
            throw new OngeldigeInvoer("van", "de periode van van tot en met tot is ten hoogste " + MAX_DAGEN
                    + " dagen", "Max");
        }
        var momenten = new LinkedHashMap<LocalDate, Instant>();
        for (var dag = eerste; !dag.isAfter(laatste); dag = dag.plusDays(1)) {
            var eindeVanDag = laatsteMomentVan(dag);
            momenten.put(dag, eindeVanDag.isAfter(nu) ? nu : eindeVanDag);
        }
        return new WachtlijstHistorie(verplichteRegio, eerste, laatste,
                maatstaven.historie(verplichteRegio, momenten, zonderMutaties), zonderMutaties);
    }

    @Operation(summary = "De werkvoorraad van VT in een regio: elke open zaak met fase, prioriteit, termijn en "
            + "monitoringsfrequentie; acuut onveilig eerst, dan op termijn (R5)")
    @GetMapping("/werkvoorraad")
    public WerkvoorraadOverzicht werkvoorraad(
            @Parameter(description = "de regio (verplicht); ONBEKEND voor meldingen zonder bekende regio",
                    example = REGIO_VOORBEELD) @RequestParam(required = false) String regio) {
        var verplichteRegio = verplicht(regio);
        var nu = klok.instant();
        var zaken = werkvoorraad.open(verplichteRegio, nu);
        return new WerkvoorraadOverzicht(verplichteRegio, nu, zaken.size(), zaken);
    }

    /** A query parameter of the wrong type (e.g. {@code van=gisteren}) is named like any other invalid field. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail onleesbaar(MethodArgumentTypeMismatchException exception) {
        return new ProblemDetailsAdvice().ongeldigeInvoer(new OngeldigeInvoer(exception.getName(),
                "waarde kan niet gelezen worden (verkeerd type)", "onleesbaar"));
    }

    /**
     * The state at the end of a day is that of its last microsecond (PostgreSQL's resolution): a term that ends at
     * midnight has not passed yet on the day it ends, as in R1.
     */
    static Instant laatsteMomentVan(LocalDate dag) {
        return Werkdagen.eindeVan(dag).minus(1, ChronoUnit.MICROS);
    }

    private static String verplicht(String regio) {
        if (regio == null || regio.isBlank()) {
            throw new OngeldigeInvoer("regio", "verplicht", "NotBlank");
        }
        return regio;
    }
}
