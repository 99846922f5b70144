package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The ondersteuningsplan of a zaak (R12), a part of the Zaak: versions that wait for the teamleider's review, the
 * evaluations of the approved version, and the procesbespreking due six weeks after the start of help.
 */
public class Ondersteuningsplan {

    /** The name of the deadline; the Zaak's deadline handler for it delegates here. */
    public static final String PROCESBESPREKING = "procesbespreking";
    /** R12: the procesbespreking six weeks after the start of help, in calendar days as counted in the Netherlands. */
    static final int PROCESBESPREKING_NA_DAGEN = 42;
    private static final String R12 = "R12";

    private final ZaakGegevens zaak;
    private Versie laatste;
    private Versie goedgekeurd;
    private Instant procesbesprekingUiterlijkOp;
    private boolean procesbesprekingGehouden;
    private boolean procesbesprekingTermijnVerstreken;

    public Ondersteuningsplan(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    /** The moment the procesbespreking is due: 42 calendar days after acceptance, Dutch time. */
    public static Instant procesbesprekingUiterlijkOp(Instant geaccepteerdOp) {
        return geaccepteerdOp.atZone(Klok.NEDERLAND).plusDays(PROCESBESPREKING_NA_DAGEN).toInstant();
    }

    /** Called by the Zaak when it accepts the overdracht: the start of help starts the procesbespreking term. */
    public void planProcesbespreking(DeadlineManager deadlineManager, Instant geaccepteerdOp) {
        deadlineManager.schedule(procesbesprekingUiterlijkOp(geaccepteerdOp), PROCESBESPREKING);
    }

    /** Called by the Zaak's deadline handler. A zaak that left the team has no procesbespreking to miss. */
    public void procesbesprekingTermijnVerstreken(Clock klok) {
        if (zaak.status() != ZaakStatus.IN_BEHANDELING || procesbesprekingGehouden
                || procesbesprekingTermijnVerstreken || procesbesprekingUiterlijkOp == null) {
            return;
        }
        Instant nu = klok.instant();
        apply(new ProcesbesprekingTermijnVerstreken(zaak.zaakId(), zaak.gezinId(), procesbesprekingUiterlijkOp,
                nu.isAfter(procesbesprekingUiterlijkOp) ? nu : procesbesprekingUiterlijkOp));
    }

    public boolean heeftGoedgekeurdPlan() {
        return goedgekeurd != null;
    }

    /** True while the term has passed and the procesbespreking still has not been held. */
    public boolean procesbesprekingGemist() {
        return procesbesprekingTermijnVerstreken && !procesbesprekingGehouden;
    }

    @CommandHandler
    int handle(StelOndersteuningsplanOp command, Clock klok) {
        zaak.vereisInBehandeling(R12, "een ondersteuningsplan opstellen");
        if (isLeeg(command.perspectief())) {
            throw weigering("het ondersteuningsplan beschrijft het gewenste perspectief van het gezin");
        }
        if (command.opgesteldMet() == null) {
            throw weigering("het ondersteuningsplan wordt samen met het gezin opgesteld, of is een familiegroepsplan");
        }
        vereisMedewerker(command.medewerker(), "wie het ondersteuningsplan opstelde");
        List<Doel> doelen = doelen(command.doelen());
        List<Actie> acties = acties(command.acties(), doelen);
        int versie = laatste == null ? 1 : laatste.versie() + 1;
        apply(new OndersteuningsplanOpgesteld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), versie,
                command.perspectief().strip(), doelen, acties, command.opgesteldMet(), command.medewerker(),
                klok.instant()));
        return versie;
    }

    @CommandHandler
    PlanStatus handle(BeoordeelOndersteuningsplan command, Clock klok) {
        zaak.vereisInBehandeling(R12, "een ondersteuningsplan beoordelen");
        if (laatste == null) {
            throw weigering("zaak " + zaak.zaakId() + " heeft nog geen ondersteuningsplan om te beoordelen");
        }
        if (command.versie() != laatste.versie()) {
            throw weigering("alleen de laatste versie (" + laatste.versie() + ") van het ondersteuningsplan wordt "
                    + "beoordeeld, niet versie " + command.versie());
        }
        if (laatste.besluit() != null) {
            throw weigering("versie " + laatste.versie() + " van het ondersteuningsplan is al beoordeeld");
        }
        if (command.besluit() == null) {
            throw weigering("de teamleider keurt het plan goed of stuurt het terug");
        }
        if (command.besluit() == Beoordeling.TERUGGESTUURD && isLeeg(command.opmerkingen())) {
            throw weigering("een teruggestuurd ondersteuningsplan krijgt opmerkingen van de teamleider mee");
        }
        vereisMedewerker(command.teamleider(), "welke teamleider beoordeelde");
        if (command.teamleider().zelfdePersoon(laatste.opsteller())) {
            throw weigering("vier ogen: wie het ondersteuningsplan opstelde, beoordeelt het niet zelf");
        }
        apply(new OndersteuningsplanBeoordeeld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), laatste.versie(),
                command.besluit(), isLeeg(command.opmerkingen()) ? null : command.opmerkingen().strip(),
                command.teamleider(), klok.instant()));
        return command.besluit() == Beoordeling.GOEDGEKEURD ? PlanStatus.GOEDGEKEURD : PlanStatus.TERUGGESTUURD;
    }

    /** Evaluates the approved version, the plan in force, even while a newer version waits for review. */
    @CommandHandler
    int handle(EvalueerOndersteuningsplan command, Clock klok) {
        zaak.vereisInBehandeling(R12, "een ondersteuningsplan evalueren");
        if (goedgekeurd == null) {
            throw weigering("alleen een door de teamleider goedgekeurd ondersteuningsplan wordt geëvalueerd");
        }
        vereisMedewerker(command.medewerker(), "wie evalueerde");
        List<DoelEvaluatie> evaluaties = command.doelen() == null ? List.of() : command.doelen();
        if (evaluaties.stream().anyMatch(evaluatie -> evaluatie == null || evaluatie.stand() == null)) {
            throw weigering("elk geëvalueerd doel heeft een stand: behaald, deels behaald of niet behaald");
        }
        Set<Integer> geevalueerd = evaluaties.stream().map(DoelEvaluatie::prioriteit).collect(Collectors.toSet());
        Set<Integer> teEvalueren = goedgekeurd.doelen().stream().map(Doel::prioriteit).collect(Collectors.toSet());
        if (geevalueerd.size() != evaluaties.size() || !geevalueerd.equals(teEvalueren)) {
            throw weigering("de evaluatie beoordeelt elk doel van versie " + goedgekeurd.versie()
                    + " precies één keer: prioriteit " + teEvalueren.stream().sorted().toList());
        }
        apply(new OndersteuningsplanGeevalueerd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), goedgekeurd.versie(),
                evaluaties.stream()
                        .map(e -> new DoelEvaluatie(e.prioriteit(), e.stand(), isLeeg(e.toelichting())
                                ? null : e.toelichting().strip()))
                        .sorted(Comparator.comparingInt(DoelEvaluatie::prioriteit)).toList(),
                command.samenMetGezin(), isLeeg(command.bijstelling()) ? null : command.bijstelling().strip(),
                command.medewerker(), klok.instant()));
        return goedgekeurd.versie();
    }

    /**
     * Issue 14 point 13 (001 Bijlage 1): the gezin was given the chance to draw up a familiegroepsplan. Recorded as
     * often as it is offered; the inspection reads the answer given before the plan was drawn up.
     */
    @CommandHandler
    void handle(BiedFamiliegroepsplanAan command, Clock klok) {
        zaak.vereisInBehandeling(R12, "een familiegroepsplan aanbieden");
        if (command.aangebodenOp() == null || command.antwoord() == null) {
            throw weigering("het aanbod van een familiegroepsplan legt de dag en het antwoord van het gezin vast");
        }
        zaak.vereisDagInBehandeling(R12, "het aanbod van een familiegroepsplan", command.aangebodenOp(),
                LocalDate.ofInstant(klok.instant(), Klok.NEDERLAND));
        vereisMedewerker(command.medewerker(), "wie het familiegroepsplan aanbood");
        apply(new FamiliegroepsplanAangeboden(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.aangebodenOp(),
                command.antwoord(), isLeeg(command.toelichting()) ? null : command.toelichting().strip(),
                command.medewerker(), klok.instant()));
    }

    @CommandHandler
    boolean handle(HoudProcesbespreking command, Clock klok, DeadlineManager deadlineManager) {
        zaak.vereisInBehandeling(R12, "een procesbespreking vastleggen");
        if (procesbesprekingGehouden) {
            throw weigering("de procesbespreking van zaak " + zaak.zaakId() + " is al gehouden");
        }
        vereisMedewerker(command.medewerker(), "wie de procesbespreking vastlegde");
        Instant nu = klok.instant();
        if (command.gehoudenOp() == null || command.gehoudenOp().isAfter(nu)) {
            throw weigering("de procesbespreking is gehouden: het moment ligt niet in de toekomst");
        }
        if (command.gehoudenOp().isBefore(zaak.geaccepteerdOp())) {
            throw weigering("de procesbespreking volgt op de start van de hulp, de acceptatie op "
                    + zaak.geaccepteerdOp());
        }
        if (isLeeg(command.uitkomst())) {
            throw weigering("de procesbespreking legt de uitkomst vast");
        }
        boolean opTijd = !procesbesprekingTermijnVerstreken
                && !command.gehoudenOp().isAfter(procesbesprekingUiterlijkOp);
        apply(new ProcesbesprekingGehouden(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.gehoudenOp(),
                command.uitkomst().strip(), opTijd, procesbesprekingUiterlijkOp, command.medewerker(), nu));
        deadlineManager.cancelAllWithinScope(PROCESBESPREKING);
        return opTijd;
    }

    @EventSourcingHandler
    void on(OverdrachtGeaccepteerd event) {
        procesbesprekingUiterlijkOp = procesbesprekingUiterlijkOp(event.geaccepteerdOp());
    }

    @EventSourcingHandler
    void on(OndersteuningsplanOpgesteld event) {
        laatste = new Versie(event.versie(), event.doelen(), event.medewerker(), null);
    }

    @EventSourcingHandler
    void on(OndersteuningsplanBeoordeeld event) {
        laatste = new Versie(laatste.versie(), laatste.doelen(), laatste.opsteller(), event.besluit());
        if (event.besluit() == Beoordeling.GOEDGEKEURD) {
            goedgekeurd = laatste;
        }
    }

    @EventSourcingHandler
    void on(ProcesbesprekingTermijnVerstreken event) {
        procesbesprekingTermijnVerstreken = true;
    }

    @EventSourcingHandler
    void on(ProcesbesprekingGehouden event) {
        procesbesprekingGehouden = true;
    }

    /** R12: at least one doel, prioritised 1..n each once, each concrete: what is reached and when. */
    private static List<Doel> doelen(List<Doel> doelen) {
        if (doelen == null || doelen.isEmpty()) {
            throw weigering("het ondersteuningsplan heeft ten minste één concreet doel");
        }
        if (doelen.stream().anyMatch(doel -> doel == null || isLeeg(doel.omschrijving()))) {
            throw weigering("elk doel heeft een omschrijving");
        }
        if (doelen.stream().anyMatch(doel -> isLeeg(doel.beoogdResultaat()))) {
            throw weigering("elk doel is concreet: het beoogde resultaat zegt wanneer het doel bereikt is");
        }
        Set<Integer> prioriteiten = doelen.stream().map(Doel::prioriteit).collect(Collectors.toSet());
        Set<Integer> verwacht = IntStream.rangeClosed(1, doelen.size()).boxed().collect(Collectors.toSet());
        if (!prioriteiten.equals(verwacht)) {
            throw weigering("de doelen zijn geprioriteerd: elke prioriteit van 1 tot en met " + doelen.size()
                    + " komt precies één keer voor");
        }
        return doelen.stream()
                .map(doel -> new Doel(doel.prioriteit(), doel.omschrijving().strip(), doel.beoogdResultaat().strip()))
                .sorted(Comparator.comparingInt(Doel::prioriteit))
                .toList();
    }

    /** R12: actions per involved party, each for a doel of this plan. */
    private static List<Actie> acties(List<Actie> acties, List<Doel> doelen) {
        if (acties == null || acties.isEmpty()) {
            throw weigering("het ondersteuningsplan legt per betrokken partij de acties vast: ten minste één actie");
        }
        Set<Integer> prioriteiten = new HashSet<>(doelen.stream().map(Doel::prioriteit).toList());
        for (Actie actie : acties) {
            if (actie == null || actie.partij() == null || isLeeg(actie.omschrijving())) {
                throw weigering("elke actie noemt de partij die haar uitvoert en wat die doet");
            }
            if (actie.partij() == Partij.ANDERS && isLeeg(actie.partijNaam())) {
                throw weigering("een actie van een andere partij noemt die partij (partijNaam)");
            }
            if (!prioriteiten.contains(actie.doelPrioriteit())) {
                throw weigering("een actie hoort bij een doel van het plan; er is geen doel met prioriteit "
                        + actie.doelPrioriteit());
            }
        }
        return acties.stream()
                .map(actie -> new Actie(actie.partij(), isLeeg(actie.partijNaam()) ? null : actie.partijNaam().strip(),
                        actie.omschrijving().strip(), actie.doelPrioriteit()))
                .toList();
    }

    private static void vereisMedewerker(Medewerker medewerker, String wie) {
        if (medewerker == null || isLeeg(medewerker.naam())) {
            throw weigering("het ondersteuningsplan legt vast " + wie);
        }
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }


    private static RuntimeException weigering(String reden) {
        return DomeinregelDetails.weigering(R12, reden);
    }

    /** A version of the plan as far as the rules need it; besluit is null while it waits for review. */
    private record Versie(int versie, List<Doel> doelen, Medewerker opsteller, Beoordeling besluit) {
    }
}
