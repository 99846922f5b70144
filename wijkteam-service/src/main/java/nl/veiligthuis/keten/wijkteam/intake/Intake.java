package nl.veiligthuis.keten.wijkteam.intake;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtAfgesplitst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * R11, the intake of a zaak: who belongs to the gezin, with whom the team spoke and why not, each child's safety as
 * judged by the professional, the ZRM at start and end, and the analysis of all life domains. A part of the Zaak.
 * The persons Veilig Thuis' handovers name are known from the start (issue 14 point 1): a child the team has not
 * registered yet still counts as a child whose safety is not established.
 */
public class Intake {

    private static final String REGEL = "R11";

    private final ZaakGegevens zaak;
    private final Map<String, Lid> leden = new LinkedHashMap<>();
    /** Per handover the zaak holds (its own and the joined ones), the persons it named. */
    private final Map<String, List<GenoemdGezinslid>> genoemdPerOverdracht = new LinkedHashMap<>();
    /** A named person the team coupled to a gezinslid registered under another persoonId, or without one. */
    private final Map<String, String> koppelingen = new LinkedHashMap<>();
    private boolean leefgebiedenGeanalyseerd;

    public Intake(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    @CommandHandler
    void handle(RegistreerGezinslid command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een gezinslid registreren");
        if (leden.containsKey(command.lidId())) {
            throw weigering("gezinslid " + command.lidId() + " is al geregistreerd");
        }
        String persoonId = tekst(command.persoonId());
        if (persoonId != null && leden.values().stream().anyMatch(lid -> persoonId.equals(lid.persoonId()))) {
            throw weigering("deze persoon is al als gezinslid van zaak " + zaak.zaakId() + " geregistreerd");
        }
        // a child Veilig Thuis named stays a child: registering it as an adult would take it out of every safety rule
        if (persoonId != null && command.rol() != GezinslidRol.KIND && genoemdeKinderen().contains(persoonId)) {
            throw weigering("Veilig Thuis noemt persoon " + persoonId + " als kind van het gezin; registreer "
                    + "dit gezinslid met rol KIND");
        }
        apply(new GezinslidGeregistreerd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.lidId(),
                command.rol(), persoonId, tekst(command.aanduiding()), command.medewerker(), klok.instant()));
    }

    /** Coupling the same person to the same gezinslid again changes nothing; a later coupling replaces an earlier. */
    @CommandHandler
    void handle(KoppelGenoemdGezinslid command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een genoemde persoon koppelen");
        GenoemdGezinslid genoemd = genoemdeLeden().stream()
                .filter(persoon -> persoon.persoonId().equals(command.persoonId())).findFirst()
                .orElseThrow(() -> weigering("Veilig Thuis noemt persoon " + command.persoonId() + " niet voor zaak "
                        + zaak.zaakId()));
        Lid lid = lid(command.lidId());
        if (genoemd.rol() == GezinslidRol.KIND && lid.rol() != GezinslidRol.KIND) {
            throw weigering("Veilig Thuis noemt persoon " + command.persoonId() + " als kind; gezinslid "
                    + command.lidId() + " is " + lid.rol());
        }
        if (command.lidId().equals(koppelingen.get(command.persoonId()))) {
            return;
        }
        apply(new GenoemdGezinslidGekoppeld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.persoonId(),
                command.lidId(), command.medewerker(), klok.instant()));
    }

    @CommandHandler
    void handle(LegGesprekVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een gesprek vastleggen");
        Lid lid = lid(command.lidId());
        String toelichting = tekst(command.toelichting());
        if (command.gesproken() && command.redenNietGesproken() != null) {
            throw weigering("met dit gezinslid is gesproken; een reden waarom niet hoort daar niet bij");
        }
        if (!command.gesproken() && command.redenNietGesproken() == null) {
            throw weigering("leg vast waarom niet met dit gezinslid is gesproken");
        }
        if (command.redenNietGesproken() == RedenNietGesproken.ANDERS && toelichting == null) {
            throw weigering("bij reden ANDERS hoort een toelichting");
        }
        apply(new GesprekVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.lidId(), lid.rol(),
                command.gesproken(), command.gevoerdOp(), command.redenNietGesproken(), toelichting,
                command.medewerker(), klok.instant()));
    }

    /** The judgement is the professional's: it is stored with its reasoning, never derived from anything. */
    @CommandHandler
    void handle(LegVeiligheidsinschattingVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een veiligheidsinschatting vastleggen");
        Lid lid = lid(command.lidId());
        if (lid.rol() != GezinslidRol.KIND) {
            throw weigering("een veiligheidsinschatting wordt per kind vastgelegd; dit gezinslid is " + lid.rol());
        }
        String onderbouwing = tekst(command.onderbouwing());
        if (onderbouwing == null) {
            throw weigering("een veiligheidsoordeel wordt vastgelegd met de onderbouwing van de professional");
        }
        List<String> volwassenen = volwassenen(command.volwassenen());
        apply(new VeiligheidsinschattingVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.lidId(),
                command.instrument(), command.oordeel(), onderbouwing, command.medewerker(), klok.instant(),
                volwassenen));
    }

    @CommandHandler
    void handle(LegZrmVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een ZRM vastleggen");
        Lid lid = lid(command.lidId());
        if (!lid.rol().volwassen()) {
            throw weigering("de ZRM wordt gescoord voor volwassen gezinsleden; dit gezinslid is " + lid.rol());
        }
        Map<ZrmDomein, Integer> scores = command.scores() == null ? Map.of() : command.scores();
        boolean volledig = scores.keySet().containsAll(EnumSet.allOf(ZrmDomein.class))
                && scores.values().stream().allMatch(score -> score != null
                && score >= ZrmDomein.LAAGSTE_SCORE && score <= ZrmDomein.HOOGSTE_SCORE);
        if (!volledig) {
            throw weigering("de ZRM scoort alle 13 domeinen met een score van 1 tot en met 5");
        }
        if (command.moment() == ZrmMoment.EIND && !lid.zrm().contains(ZrmMoment.START)) {
            throw weigering("een eind-ZRM volgt op een start-ZRM van hetzelfde gezinslid");
        }
        apply(new ZrmVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.lidId(), command.moment(),
                new EnumMap<>(scores), command.peildatum(), command.medewerker(), klok.instant()));
    }

    @CommandHandler
    void handle(LegLeefgebiedenanalyseVast command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een leefgebiedenanalyse vastleggen");
        Map<Leefgebied, String> bevindingen = new EnumMap<>(Leefgebied.class);
        if (command.bevindingen() != null) {
            command.bevindingen().forEach((gebied, bevinding) -> {
                if (gebied != null && tekst(bevinding) != null) {
                    bevindingen.put(gebied, tekst(bevinding));
                }
            });
        }
        if (bevindingen.size() != Leefgebied.values().length) {
            throw weigering("de leefgebiedenanalyse beschrijft alle vijf de leefgebieden");
        }
        apply(new LeefgebiedenanalyseVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), bevindingen,
                command.medewerker(), klok.instant()));
    }

    @EventSourcingHandler
    void on(ZaakGeopend event) {
        genoemdPerOverdracht.put(event.overdrachtId(), event.genoemdeLeden());
    }

    @EventSourcingHandler
    void on(OverdrachtBijZaakGevoegd event) {
        genoemdPerOverdracht.put(event.overdrachtId(), event.genoemdeLeden());
    }

    /** The persons only a split-off handover named go with it to its own zaak. */
    @EventSourcingHandler
    void on(OverdrachtAfgesplitst event) {
        genoemdPerOverdracht.remove(event.overdrachtId());
    }

    @EventSourcingHandler
    void on(GenoemdGezinslidGekoppeld event) {
        koppelingen.put(event.persoonId(), event.lidId());
    }

    @EventSourcingHandler
    void on(GezinslidGeregistreerd event) {
        leden.put(event.lidId(), new Lid(event.rol(), event.persoonId(), null, Set.of(), false));
    }

    @EventSourcingHandler
    void on(GesprekVastgelegd event) {
        leden.computeIfPresent(event.lidId(), (id, lid) -> lid.metGesprek());
    }

    @EventSourcingHandler
    void on(VeiligheidsinschattingVastgelegd event) {
        leden.computeIfPresent(event.lidId(), (id, lid) -> lid.metOordeel(event.oordeel()));
    }

    @EventSourcingHandler
    void on(ZrmVastgelegd event) {
        leden.computeIfPresent(event.lidId(), (id, lid) -> lid.metZrm(event.moment()));
    }

    @EventSourcingHandler
    void on(LeefgebiedenanalyseVastgelegd event) {
        leefgebiedenGeanalyseerd = true;
    }

    public boolean heeftGezinsleden() {
        return !leden.isEmpty();
    }

    /** Issue 14 point 9: the adults an assessment covers are registered gezinsleden, none a child; each once. */
    private List<String> volwassenen(List<String> lidIds) {
        List<String> volwassenen = lidIds == null ? List.of() : lidIds.stream().distinct().toList();
        for (String lidId : volwassenen) {
            if (!leden.containsKey(lidId)) {
                throw weigering("volwassenen: gezinslid " + lidId + " is niet geregistreerd bij zaak " + zaak.zaakId());
            }
            if (leden.get(lidId).rol() == GezinslidRol.KIND) {
                throw weigering("volwassenen: gezinslid " + lidId + " is een kind; een veiligheidsinschatting gaat "
                        + "over de volwassenen rond het kind");
            }
        }
        return volwassenen;
    }

    public Set<String> gezinsleden() {
        return Set.copyOf(leden.keySet());
    }

    /** The lidIds of the children. */
    public Set<String> kinderen() {
        return leden.entrySet().stream()
                .filter(lid -> lid.getValue().rol() == GezinslidRol.KIND)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** R13: an evaluation of the veiligheidsplan judges the children again; that judgement is now their oordeel. */
    @EventSourcingHandler
    void on(VeiligheidsplanGeevalueerd event) {
        event.vergelijking().forEach(kind -> leden.computeIfPresent(kind.lidId(),
                (id, lid) -> lid.metOordeel(kind.huidigOordeel())));
    }

    /** The latest oordeel per child that has been assessed, by lidId. */
    public Map<String, Veiligheidsoordeel> huidigOordeelPerKind() {
        return leden.entrySet().stream()
                .filter(lid -> lid.getValue().rol() == GezinslidRol.KIND && lid.getValue().oordeel() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, lid -> lid.getValue().oordeel()));
    }

    /**
     * R16: gezinsleden are known and every child's latest oordeel is VEILIG, including every child Veilig Thuis named
     * (one not registered has no oordeel).
     */
    public boolean veiligheidVanAlleKinderenVastgesteld() {
        return heeftGezinsleden() && kinderenNietVeiligVastgesteld().isEmpty();
    }

    /**
     * R16, issue 14 point 1: every known child whose safety is not established, each with why: its latest oordeel,
     * no oordeel, or, for a child Veilig Thuis named, that the team has not registered it.
     */
    public List<String> kinderenNietVeiligVastgesteld() {
        List<String> nietVastgesteld = new ArrayList<>();
        leden.forEach((lidId, lid) -> {
            if (lid.rol() == GezinslidRol.KIND && lid.oordeel() != Veiligheidsoordeel.VEILIG) {
                nietVastgesteld.add("kind " + lidId + (lid.oordeel() == null ? " zonder veiligheidsoordeel"
                        : " met oordeel " + lid.oordeel()));
            }
        });
        for (String persoonId : genoemdeKinderen()) {
            String lidId = lidVoor(persoonId);
            if (lidId == null) {
                nietVastgesteld.add("kind " + persoonId + " (genoemd door Veilig Thuis) is niet als gezinslid "
                        + "geregistreerd");
            } else if (leden.get(lidId).rol() != GezinslidRol.KIND) {
                nietVastgesteld.add("kind " + persoonId + " (genoemd door Veilig Thuis) is als "
                        + leden.get(lidId).rol() + " geregistreerd; registreer het als KIND en koppel het");
            }
        }
        return nietVastgesteld;
    }

    /** R11: the registered children with neither a conversation nor a recorded reason why not. */
    public List<String> kinderenNietGehoord() {
        return leden.entrySet().stream()
                .filter(lid -> lid.getValue().rol() == GezinslidRol.KIND && !lid.getValue().gehoord())
                .map(lid -> "kind " + lid.getKey())
                .toList();
    }

    /** The persons the zaak's handovers named, each once, in the order they were named. */
    public List<GenoemdGezinslid> genoemdeLeden() {
        return GenoemdGezinslid.lijst(genoemdPerOverdracht.values().stream().flatMap(List::stream).toList());
    }

    /** The named children by persoonId, sorted. */
    private List<String> genoemdeKinderen() {
        return genoemdeLeden().stream().filter(lid -> lid.rol() == GezinslidRol.KIND)
                .map(GenoemdGezinslid::persoonId).sorted().toList();
    }

    /**
     * The gezinslid a named person is: the one the team coupled it to, else the one registered with its persoonId;
     * null when neither.
     */
    private String lidVoor(String persoonId) {
        String gekoppeld = koppelingen.get(persoonId);
        if (gekoppeld != null) {
            return gekoppeld;
        }
        return leden.entrySet().stream().filter(lid -> persoonId.equals(lid.getValue().persoonId()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether a ZRM was recorded at this moment for at least one gezinslid. */
    public boolean zrmVastgelegd(ZrmMoment moment) {
        return leden.values().stream().anyMatch(lid -> lid.zrm().contains(moment));
    }

    public boolean leefgebiedenGeanalyseerd() {
        return leefgebiedenGeanalyseerd;
    }

    private Lid lid(String lidId) {
        Lid lid = leden.get(lidId);
        if (lid == null) {
            throw weigering("gezinslid " + lidId + " is niet geregistreerd bij zaak " + zaak.zaakId());
        }
        return lid;
    }

    private static RuntimeException weigering(String reden) {
        return DomeinregelDetails.weigering(REGEL, reden);
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    /**
     * What the rules need of one gezinslid: its latest oordeel, the ZRM moments recorded, and whether a conversation
     * or the reason why not is recorded.
     */
    private record Lid(GezinslidRol rol, String persoonId, Veiligheidsoordeel oordeel, Set<ZrmMoment> zrm,
                       boolean gehoord) {

        Lid metOordeel(Veiligheidsoordeel nieuw) {
            return new Lid(rol, persoonId, nieuw, zrm, gehoord);
        }

        Lid metZrm(ZrmMoment moment) {
            Set<ZrmMoment> momenten = EnumSet.of(moment);
            momenten.addAll(zrm);
            return new Lid(rol, persoonId, oordeel, Set.copyOf(momenten), gehoord);
        }

        Lid metGesprek() {
            return new Lid(rol, persoonId, oordeel, zrm, true);
        }
    }
}
