package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The veiligheidsplan of a zaak (R13), a part of the Zaak. It is in force from the moment it is drawn up (safety
 * cannot wait for the teamleider's review) until it ends or its lead time of at most three months passes.
 */
public class Veiligheidsplan {

    public static final String EVALUATIE = "veiligheidsplan-evaluatie";
    public static final String EINDE = "veiligheidsplan-einde";
    static final int MAXIMALE_DOORLOOPTIJD_MAANDEN = 3;
    private static final String REGEL = "R13";

    private final ZaakGegevens zaak;
    private int versie;
    private Dreiging ernst;
    private Instant eindigtOp;
    private Instant volgendeEvaluatieOp;
    private boolean evaluatieGemist;
    private boolean verlopen;
    private boolean beeindigd;
    private boolean gestopt;
    private Medewerker opgesteldDoor;
    private Integer wachtOpBeoordeling;
    private Map<String, Veiligheidsoordeel> startsituatie = Map.of();
    private Map<String, Veiligheidsoordeel> laatsteOordeel = Map.of();
    private Instant laatsteOordeelOp;
    private boolean geevalueerdDezeVersie;

    public Veiligheidsplan(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    @CommandHandler
    int handle(StelVeiligheidsplanOp command, Clock klok, DeadlineManager deadlineManager) {
        zaak.vereisInBehandeling(REGEL, "een veiligheidsplan opstellen");
        if (command.afspraken() == null || command.afspraken().isEmpty()
                || !command.afspraken().stream().allMatch(Afspraak::compleet)) {
            throw weigering("elke afspraak in het veiligheidsplan noemt wat is afgesproken, wie verantwoordelijk is, "
                    + "aan wie en wanneer wordt gerapporteerd");
        }
        if (!Afspraak.gevuld(command.maatregelenBijOnveiligheid())) {
            throw weigering("het veiligheidsplan legt vast wat er gebeurt als de afspraken niet worden nagekomen");
        }
        vereisOordelen(command.startsituatie(), "de startsituatie");
        vereisGeregistreerdeKinderen(command.startsituatie(), "de startsituatie");
        List<String> nietInStartsituatie = zaak.kinderen().stream()
                .filter(lidId -> command.startsituatie().stream().noneMatch(k -> lidId.equals(k.lidId())))
                .sorted()
                .toList();
        if (!nietInStartsituatie.isEmpty()) {
            throw weigering("een veiligheidsplan gaat over de veiligheid van elk kind van het gezin; de startsituatie "
                    + "beoordeelt ook: " + nietInStartsituatie);
        }
        Instant nu = klok.instant();
        Instant uiterlijk = nu.atZone(Dreiging.NEDERLAND).plusMonths(MAXIMALE_DOORLOOPTIJD_MAANDEN).toInstant();
        if (command.eindigtOp() == null || !command.eindigtOp().isAfter(nu)) {
            throw weigering("het veiligheidsplan eindigt in de toekomst");
        }
        if (command.eindigtOp().isAfter(uiterlijk)) {
            throw weigering("de doorlooptijd van een veiligheidsplan is ten hoogste drie maanden: uiterlijk "
                    + uiterlijk);
        }
        Instant eersteEvaluatieOp = command.ernst().volgendeEvaluatie(nu, command.eindigtOp());
        int nieuweVersie = versie + 1;
        deadlineManager.cancelAllWithinScope(EVALUATIE);
        deadlineManager.cancelAllWithinScope(EINDE);
        apply(new VeiligheidsplanOpgesteld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), nieuweVersie,
                command.ernst(), List.copyOf(command.afspraken()), command.maatregelenBijOnveiligheid().strip(),
                List.copyOf(command.startsituatie()), nu, command.eindigtOp(), eersteEvaluatieOp,
                command.medewerker()));
        deadlineManager.schedule(eersteEvaluatieOp, EVALUATIE, new VeiligheidsplanMoment(nieuweVersie,
                eersteEvaluatieOp));
        deadlineManager.schedule(command.eindigtOp(), EINDE, new VeiligheidsplanMoment(nieuweVersie,
                command.eindigtOp()));
        return nieuweVersie;
    }

    @CommandHandler
    void handle(BeoordeelVeiligheidsplan command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een veiligheidsplan beoordelen");
        if (wachtOpBeoordeling == null || wachtOpBeoordeling != command.versie()) {
            throw weigering("versie " + command.versie() + " van het veiligheidsplan wacht niet op beoordeling"
                    + (wachtOpBeoordeling == null ? "" : "; versie " + wachtOpBeoordeling + " wel"));
        }
        if (command.besluit() == Beoordeling.TERUGGESTUURD && !Afspraak.gevuld(command.opmerkingen())) {
            throw weigering("een teruggestuurd veiligheidsplan krijgt opmerkingen mee");
        }
        if (command.teamleider().zelfdePersoon(opgesteldDoor)) {
            throw weigering("vier ogen: wie het veiligheidsplan opstelde, beoordeelt het niet zelf");
        }
        String opmerkingen = Afspraak.gevuld(command.opmerkingen()) ? command.opmerkingen().strip() : null;
        apply(new VeiligheidsplanBeoordeeld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie, command.besluit(),
                opmerkingen, klok.instant(), command.teamleider()));
    }

    @CommandHandler
    int handle(EvalueerVeiligheidsplan command, Clock klok, DeadlineManager deadlineManager) {
        zaak.vereisInBehandeling(REGEL, "een veiligheidsplan evalueren");
        if (!inWerking()) {
            throw weigering("er is geen veiligheidsplan in werking om te evalueren");
        }
        vereisOordelen(command.huidigeSituatie(), "de huidige situatie");
        vereisGeregistreerdeKinderen(command.huidigeSituatie(), "de huidige situatie");
        List<String> nietBeoordeeld = startsituatie.keySet().stream()
                .filter(lidId -> command.huidigeSituatie().stream().noneMatch(k -> lidId.equals(k.lidId())))
                .toList();
        if (!nietBeoordeeld.isEmpty()) {
            throw weigering("de evaluatie beoordeelt de veiligheid van elk kind uit de startsituatie; ontbreekt: "
                    + nietBeoordeeld);
        }
        boolean nietVeilig = command.huidigeSituatie().stream().anyMatch(k -> k.oordeel() != Veiligheidsoordeel.VEILIG);
        if ((nietVeilig || !command.afsprakenNagekomen()) && !Afspraak.gevuld(command.maatregelen())) {
            throw weigering("zolang een kind niet veilig is of afspraken niet worden nagekomen, legt de evaluatie de "
                    + "maatregelen vast");
        }
        List<KindVergelijking> vergelijking = command.huidigeSituatie().stream()
                .map(k -> new KindVergelijking(k.lidId(), startsituatie.get(k.lidId()), k.oordeel(),
                        Verloop.van(startsituatie.get(k.lidId()), k.oordeel())))
                .toList();
        Instant nu = klok.instant();
        // the clock decides, not the scheduler: a moment that passed is late even if its deadline did not fire yet
        boolean opTijd = !evaluatieGemist && !nu.isAfter(volgendeEvaluatieOp);
        Instant volgende = ernst.volgendeEvaluatie(nu, eindigtOp);
        String maatregelen = Afspraak.gevuld(command.maatregelen()) ? command.maatregelen().strip() : null;
        deadlineManager.cancelAllWithinScope(EVALUATIE);
        apply(new VeiligheidsplanGeevalueerd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie, vergelijking,
                command.afsprakenNagekomen(), maatregelen, nu, volgende, opTijd, command.medewerker()));
        deadlineManager.schedule(volgende, EVALUATIE, new VeiligheidsplanMoment(versie, volgende));
        return versie;
    }

    @CommandHandler
    int handle(BeeindigVeiligheidsplan command, Clock klok, DeadlineManager deadlineManager) {
        zaak.vereisInBehandeling(REGEL, "een veiligheidsplan beëindigen");
        if (versie == 0 || beeindigd) {
            throw weigering("er is geen veiligheidsplan om te beëindigen");
        }
        if (command.reden() == RedenBeeindiging.VEILIGHEID_HERSTELD && !laatsteEvaluatieOordeeltAllesVeilig()) {
            throw weigering("een veiligheidsplan eindigt om herstelde veiligheid pas als de laatste evaluatie elk "
                    + "kind veilig oordeelde");
        }
        deadlineManager.cancelAllWithinScope(EVALUATIE);
        deadlineManager.cancelAllWithinScope(EINDE);
        apply(new VeiligheidsplanBeeindigd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie, command.reden(),
                command.toelichting() == null ? null : command.toelichting().strip(), klok.instant(),
                command.medewerker()));
        return versie;
    }

    /** Called by the Zaak's deadline handler: the evaluation moment passed. */
    public void evaluatiemomentVerstreken(VeiligheidsplanMoment moment, Clock klok) {
        if (gestopt || !inWerking() || evaluatieGemist || moment.versie() != versie
                || !moment.op().equals(volgendeEvaluatieOp)) {
            return;
        }
        apply(new VeiligheidsplanEvaluatieGemist(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie,
                volgendeEvaluatieOp, klok.instant()));
    }

    /** Called by the Zaak's deadline handler: the lead time of the plan passed. */
    public void doorlooptijdVerstreken(VeiligheidsplanMoment moment, Clock klok) {
        if (gestopt || !inWerking() || moment.versie() != versie) {
            return;
        }
        apply(new VeiligheidsplanVerlopen(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie, eindigtOp,
                klok.instant()));
    }

    @EventSourcingHandler
    void on(VeiligheidsplanOpgesteld event) {
        versie = event.versie();
        ernst = event.ernst();
        eindigtOp = event.eindigtOp();
        volgendeEvaluatieOp = event.eersteEvaluatieOp();
        evaluatieGemist = false;
        verlopen = false;
        beeindigd = false;
        geevalueerdDezeVersie = false;
        opgesteldDoor = event.medewerker();
        wachtOpBeoordeling = event.versie();
        startsituatie = oordelen(event.startsituatie());
        laatsteOordeel = startsituatie;
        laatsteOordeelOp = event.opgesteldOp();
    }

    @EventSourcingHandler
    void on(VeiligheidsplanBeoordeeld event) {
        wachtOpBeoordeling = null;
    }

    @EventSourcingHandler
    void on(VeiligheidsplanGeevalueerd event) {
        volgendeEvaluatieOp = event.volgendeEvaluatieOp();
        evaluatieGemist = false;
        geevalueerdDezeVersie = true;
        Map<String, Veiligheidsoordeel> huidig = new LinkedHashMap<>();
        event.vergelijking().forEach(k -> huidig.put(k.lidId(), k.huidigOordeel()));
        laatsteOordeel = Map.copyOf(huidig);
        laatsteOordeelOp = event.geevalueerdOp();
    }

    @EventSourcingHandler
    void on(VeiligheidsplanEvaluatieGemist event) {
        evaluatieGemist = true;
    }

    @EventSourcingHandler
    void on(VeiligheidsplanVerlopen event) {
        verlopen = true;
    }

    @EventSourcingHandler
    void on(VeiligheidsplanBeeindigd event) {
        beeindigd = true;
        wachtOpBeoordeling = null;
    }

    @EventSourcingHandler
    void on(ZaakTeruggemeld event) {
        gestopt = true;
    }

    /** Drawn up, not ended and not expired. */
    public boolean inWerking() {
        return versie > 0 && !beeindigd && !verlopen;
    }

    public boolean verlopen() {
        return verlopen && !beeindigd;
    }

    /** The safety per child from the latest evaluation, else from the startsituatie of the current versie. */
    public Map<String, Veiligheidsoordeel> laatsteOordeelPerKind() {
        return laatsteOordeel;
    }

    /** When {@link #laatsteOordeelPerKind()} was given; null without a plan. */
    public Instant laatsteOordeelOp() {
        return laatsteOordeelOp;
    }

    private boolean laatsteEvaluatieOordeeltAllesVeilig() {
        return geevalueerdDezeVersie && !laatsteOordeel.isEmpty()
                && laatsteOordeel.values().stream().allMatch(o -> o == Veiligheidsoordeel.VEILIG);
    }

    private static void vereisOordelen(List<KindOordeel> oordelen, String wat) {
        if (oordelen == null || oordelen.isEmpty()) {
            throw weigering(wat + " beoordeelt de veiligheid van ten minste één kind");
        }
        List<String> gezien = new ArrayList<>();
        for (KindOordeel oordeel : oordelen) {
            if (!Afspraak.gevuld(oordeel.lidId()) || oordeel.oordeel() == null) {
                throw weigering(wat + " noemt per kind het gezinslid en het oordeel");
            }
            if (gezien.contains(oordeel.lidId())) {
                throw weigering(wat + " beoordeelt elk kind één keer");
            }
            gezien.add(oordeel.lidId());
        }
    }

    /** Only the children the intake registered (R11) are judged; an unknown or adult gezinslid is refused. */
    private void vereisGeregistreerdeKinderen(List<KindOordeel> oordelen, String wat) {
        Set<String> kinderen = zaak.kinderen();
        List<String> onbekend = oordelen.stream()
                .map(KindOordeel::lidId)
                .filter(lidId -> !kinderen.contains(lidId))
                .toList();
        if (!onbekend.isEmpty()) {
            throw weigering(wat + " beoordeelt alleen kinderen die bij de intake van zaak " + zaak.zaakId()
                    + " zijn geregistreerd; geen geregistreerd kind: " + onbekend);
        }
    }

    private static Map<String, Veiligheidsoordeel> oordelen(List<KindOordeel> oordelen) {
        Map<String, Veiligheidsoordeel> perKind = new LinkedHashMap<>();
        oordelen.forEach(k -> perKind.put(k.lidId(), k.oordeel()));
        return Map.copyOf(perKind);
    }


    private static CommandExecutionException weigering(String reden) {
        return DomeinregelDetails.weigering(REGEL, reden);
    }
}
