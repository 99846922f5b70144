package nl.veiligthuis.keten.wijkteam.intake;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtAfgesplitst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakdossierDigest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake per zaak (R11), the number of children judged unsafe on the zaak overview, and the intake's signals.
 * After every event the signals of that zaak are derived again from these tables, so handling an event twice or
 * replaying them all gives the same result.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class IntakeProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("intake_zaak", "intake_gezinslid", "intake_gesprek",
            "intake_veiligheidsinschatting", "intake_evaluatieoordeel", "intake_zrm", "intake_leefgebiedenanalyse",
            "intake_genoemd_lid", "intake_genoemd_koppeling");

    @Bean
    static ProjectieDigest zaakdossierIntake() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    static final List<Signaal> SIGNALEN = List.of(Signaal.GEEN_GEZINSLEDEN, Signaal.GESPREK_ONTBREEKT,
            Signaal.KIND_NIET_GESPROKEN, Signaal.KIND_ZONDER_VEILIGHEIDSINSCHATTING,
            Signaal.INSCHATTING_NIET_OVER_ALLE_OUDERS, Signaal.ZRM_START_ONTBREEKT);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<ZrmDomein, Integer>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<Leefgebied, String>> BEVINDINGEN = new TypeReference<>() {
    };

    /** Issue 14 point 9 (R11: both parents, the (ex-)partner): the adults a child's safety assessment covers. */
    private static final Set<String> OUDERS = Set.of(GezinslidRol.OUDER.name(), GezinslidRol.PARTNER.name(),
            GezinslidRol.EX_PARTNER.name());

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public IntakeProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                            Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(ZaakGeopend event) {
        noem(event.zaakId(), event.overdrachtId(), event.genoemdeLeden());
        herbereken(event.zaakId(), event.geopendOp());
    }

    @EventHandler
    void on(OverdrachtBijZaakGevoegd event) {
        noem(event.zaakId(), event.overdrachtId(), event.genoemdeLeden());
        herbereken(event.zaakId(), event.gevoegdOp());
    }

    @EventHandler
    void on(OverdrachtAfgesplitst event) {
        genoemd(event.zaakId()).verwijderAlle(lid -> event.overdrachtId().equals(lid.tekst("overdracht_id")));
        herbereken(event.zaakId(), event.afgesplitstOp());
    }

    private void noem(String zaakId, String overdrachtId, List<GenoemdGezinslid> leden) {
        Partitie genoemd = genoemd(zaakId);
        leden.forEach(lid -> genoemd.voegToe(Rij.leeg()
                .met("overdracht_id", overdrachtId)
                .met("persoon_id", lid.persoonId())
                .met("rol", lid.rol())));
    }

    @EventHandler
    void on(GenoemdGezinslidGekoppeld event) {
        koppelingen(event.zaakId()).schrijf(Rij.leeg()
                .met("persoon_id", event.persoonId())
                .met("lid_id", event.lidId()));
        herbereken(event.zaakId(), event.gekoppeldOp());
    }

    @EventHandler
    void on(OverdrachtGeaccepteerd event) {
        inBehandeling(event.zaakId(), true);
        herbereken(event.zaakId(), event.geaccepteerdOp());
    }

    @EventHandler
    void on(ZaakTeruggemeld event) {
        inBehandeling(event.zaakId(), false);
        herbereken(event.zaakId(), event.teruggemeldOp());
    }

    @EventHandler
    void on(ZaakAfgesloten event) {
        inBehandeling(event.zaakId(), false);
        herbereken(event.zaakId(), event.afgeslotenOp());
    }

    /** R13: the children's judgement at an evaluation of the veiligheidsplan is their current oordeel. */
    @EventHandler
    void on(VeiligheidsplanGeevalueerd event, @SequenceNumber long volgnummer) {
        Partitie evaluatieoordelen = evaluatieoordelen(event.zaakId());
        event.vergelijking().forEach(kind -> evaluatieoordelen.voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("lid_id", kind.lidId())
                .met("oordeel", kind.huidigOordeel())
                .met("vastgelegd_op", event.geevalueerdOp())));
        herbereken(event.zaakId(), event.geevalueerdOp());
    }

    @EventHandler
    void on(GezinslidGeregistreerd event) {
        gezinsleden(event.zaakId()).voegToe(Rij.leeg()
                .met("lid_id", event.lidId())
                .met("rol", event.rol())
                .met("persoon_id", event.persoonId())
                .met("aanduiding", versleuteling.versleutel(event.gezinId(), event.aanduiding()))
                .met("geregistreerd_op", event.geregistreerdOp()));
        herbereken(event.zaakId(), event.geregistreerdOp());
    }

    @EventHandler
    void on(GesprekVastgelegd event, @SequenceNumber long volgnummer) {
        gesprekken(event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("lid_id", event.lidId())
                .met("gesproken", event.gesproken())
                .met("gevoerd_op", event.gevoerdOp())
                .met("reden_niet_gesproken", event.redenNietGesproken())
                .met("toelichting", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("medewerker_naam", naam(event.gezinId(), event.medewerker()))
                .met("medewerker_telefoon", telefoon(event.gezinId(), event.medewerker()))
                .met("vastgelegd_op", event.vastgelegdOp()));
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @EventHandler
    void on(VeiligheidsinschattingVastgelegd event, @SequenceNumber long volgnummer) {
        inschattingen(event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("lid_id", event.lidId())
                .met("instrument", event.instrument())
                .met("oordeel", event.oordeel())
                .met("onderbouwing", versleuteling.versleutel(event.gezinId(), event.onderbouwing()))
                .met("medewerker_naam", naam(event.gezinId(), event.medewerker()))
                .met("medewerker_telefoon", telefoon(event.gezinId(), event.medewerker()))
                .met("vastgelegd_op", event.vastgelegdOp())
                .met("volwassenen", event.volwassenen() == null ? null : String.join(",", event.volwassenen())));
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    /** A later ZRM for the same lid and moment replaces the earlier one; an older event never overwrites a newer. */
    @EventHandler
    void on(ZrmVastgelegd event, @SequenceNumber long volgnummer) {
        Rij zrm = Rij.leeg()
                .met("lid_id", event.lidId())
                .met("moment", event.moment())
                .met("volgnummer", volgnummer)
                .met("scores", JSON.writeValueAsString(new EnumMap<>(event.scores())))
                .met("peildatum", event.peildatum())
                .met("medewerker_naam", naam(event.gezinId(), event.medewerker()))
                .met("medewerker_telefoon", telefoon(event.gezinId(), event.medewerker()))
                .met("vastgelegd_op", event.vastgelegdOp());
        schrijfAlsNieuwer(zrms(event.zaakId()), zrm, event.zaakId(), event.lidId(), event.moment());
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @EventHandler
    void on(LeefgebiedenanalyseVastgelegd event, @SequenceNumber long volgnummer) {
        Rij analyse = Rij.leeg()
                .met("volgnummer", volgnummer)
                // erased (R21), the findings read as an empty map, which EnumMap's copy constructor refuses; stored as
                // it is, for encrypting it would give the erased gezin a new key
                .met("bevindingen", event.bevindingen().isEmpty() ? JSON.writeValueAsString(Map.of())
                        : versleuteling.versleutel(event.gezinId(),
                        JSON.writeValueAsString(new EnumMap<>(event.bevindingen()))))
                .met("medewerker_naam", naam(event.gezinId(), event.medewerker()))
                .met("medewerker_telefoon", telefoon(event.gezinId(), event.medewerker()))
                .met("vastgelegd_op", event.vastgelegdOp());
        schrijfAlsNieuwer(analyses(event.zaakId()), analyse, event.zaakId());
        herbereken(event.zaakId(), event.vastgelegdOp());
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        jdbc.sql("UPDATE zaak_overzicht SET onveilige_kinderen = 0, oudste_oordeel_op = NULL").update();
        signalering.vergeet(SIGNALEN);
    }

    @QueryHandler
    Optional<IntakeOverzicht> handle(HaalIntakeOp query) {
        String zaakId = query.zaakId();
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(zaakId)
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        List<GezinslidOverzicht> leden = jdbc.sql(
                        "SELECT * FROM intake_gezinslid WHERE zaak_id = ? ORDER BY geregistreerd_op, lid_id")
                .param(zaakId)
                .query((rs, row) -> new GezinslidOverzicht(rs.getString("lid_id"),
                        GezinslidRol.valueOf(rs.getString("rol")), rs.getString("persoon_id"),
                        versleuteling.ontsleutel(rs.getString("aanduiding")),
                        rs.getTimestamp("geregistreerd_op").toInstant(), null, List.of(),
                        null, null))
                .list().stream().map(lid -> metGegevens(zaakId, lid)).toList();
        LeefgebiedenanalyseOverzicht analyse = jdbc.sql("SELECT * FROM intake_leefgebiedenanalyse WHERE zaak_id = ?")
                .param(zaakId)
                .query((rs, row) -> new LeefgebiedenanalyseOverzicht(
                        bevindingen(versleuteling.ontsleutel(rs.getString("bevindingen"), "{}")), medewerker(rs),
                        rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
        List<Signaal> signalen = jdbc.sql("SELECT signaal FROM zaak_signaal WHERE zaak_id = ?").param(zaakId)
                .query((rs, row) -> Signaal.valueOf(rs.getString("signaal"))).list().stream()
                .filter(SIGNALEN::contains).sorted().toList();
        Map<String, Rij> gematcht = gematcht(zaakId, gezinsleden(zaakId).rijen());
        List<GenoemdGezinslidOverzicht> genoemd = genoemdeLeden(genoemd(zaakId).rijen()).stream()
                .map(lid -> new GenoemdGezinslidOverzicht(lid.persoonId(), lid.rol(),
                        gematcht.containsKey(lid.persoonId()) ? gematcht.get(lid.persoonId()).tekst("lid_id") : null))
                .toList();
        return Optional.of(new IntakeOverzicht(zaakId, leden, analyse, signalen, genoemd));
    }

    private GezinslidOverzicht metGegevens(String zaakId, GezinslidOverzicht lid) {
        GesprekOverzicht gesprek = jdbc.sql("""
                        SELECT * FROM intake_gesprek WHERE zaak_id = ? AND lid_id = ?
                        ORDER BY volgnummer DESC LIMIT 1""")
                .params(zaakId, lid.lidId())
                .query((rs, row) -> new GesprekOverzicht(rs.getBoolean("gesproken"), datum(rs, "gevoerd_op"),
                        rs.getString("reden_niet_gesproken") == null ? null
                                : RedenNietGesproken.valueOf(rs.getString("reden_niet_gesproken")),
                        versleuteling.ontsleutel(rs.getString("toelichting")), medewerker(rs),
                        rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
        List<VeiligheidsinschattingOverzicht> inschattingen = jdbc.sql("""
                        SELECT * FROM intake_veiligheidsinschatting WHERE zaak_id = ? AND lid_id = ?
                        ORDER BY volgnummer""")
                .params(zaakId, lid.lidId())
                .query((rs, row) -> new VeiligheidsinschattingOverzicht(
                        Veiligheidsinstrument.valueOf(rs.getString("instrument")),
                        Veiligheidsoordeel.valueOf(rs.getString("oordeel")),
                        versleuteling.ontsleutel(rs.getString("onderbouwing")),
                        medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant(),
                        rs.getString("volwassenen") == null ? null : lidIds(rs.getString("volwassenen"))))
                .list();
        return new GezinslidOverzicht(lid.lidId(), lid.rol(), lid.persoonId(), lid.aanduiding(),
                lid.geregistreerdOp(), gesprek, inschattingen, zrm(zaakId, lid.lidId(), ZrmMoment.START),
                zrm(zaakId, lid.lidId(), ZrmMoment.EIND));
    }

    private ZrmOverzicht zrm(String zaakId, String lidId, ZrmMoment moment) {
        return jdbc.sql("SELECT * FROM intake_zrm WHERE zaak_id = ? AND lid_id = ? AND moment = ?")
                .params(zaakId, lidId, moment.name())
                .query((rs, row) -> new ZrmOverzicht(new EnumMap<>(JSON.readValue(rs.getString("scores"), SCORES)),
                        datum(rs, "peildatum"), medewerker(rs), rs.getTimestamp("vastgelegd_op").toInstant()))
                .optional().orElse(null);
    }

    private void inBehandeling(String zaakId, boolean inBehandeling) {
        intakeZaak(zaakId).schrijf(Rij.leeg().met("in_behandeling", inBehandeling));
    }

    /** Like an upsert whose update only applies to a row with a lower volgnummer. */
    private static void schrijfAlsNieuwer(Partitie partitie, Rij rij, Object... sleutel) {
        boolean nieuwer = partitie.vind(sleutel)
                .map(huidig -> huidig.lang("volgnummer") < rij.lang("volgnummer"))
                .orElse(true);
        if (nieuwer) {
            partitie.schrijf(rij);
        }
    }

    /**
     * Derives the zaak's intake signals and its number of unsafe children from the tables, as this unit of work has
     * changed them, so handling an event twice or replaying them all gives the same result.
     */
    private void herbereken(String zaakId, Instant moment) {
        Feiten feiten = feiten(zaakId);
        Rij getoond = feiten.getoond();
        if (getoond != null && (!Objects.equals(getoond.geheel("onveilige_kinderen"), feiten.onveilig())
                || !Objects.equals(getoond.moment("oudste_oordeel_op"), feiten.oudsteOordeelOp()))) {
            overzicht(zaakId).wijzig(zaak -> zaak.met("onveilige_kinderen", feiten.onveilig())
                    .met("oudste_oordeel_op", feiten.oudsteOordeelOp()), zaakId);
        }
        boolean actief = feiten.inBehandeling();
        Map<Signaal, Boolean> signalen = new EnumMap<>(Signaal.class);
        signalen.put(Signaal.GEEN_GEZINSLEDEN, actief && feiten.leden() == 0);
        signalen.put(Signaal.GESPREK_ONTBREEKT, actief && feiten.zonderGesprek() > 0);
        signalen.put(Signaal.KIND_NIET_GESPROKEN, actief && feiten.kindNietGesproken() > 0);
        signalen.put(Signaal.KIND_ZONDER_VEILIGHEIDSINSCHATTING, actief && feiten.kindZonderInschatting() > 0);
        signalen.put(Signaal.INSCHATTING_NIET_OVER_ALLE_OUDERS, actief && feiten.nietOverAlleOuders() > 0);
        signalen.put(Signaal.ZRM_START_ONTBREEKT, actief && !feiten.zrmStart());
        signalering.stel(zaakId, signalen, moment);
    }

    /**
     * Per lid, the latest gesprek counts, and for a child the latest oordeel, be it from a veiligheidsinschatting or
     * from an evaluation of the veiligheidsplan. Getoond is null when the zaak has no overview row.
     */
    private Feiten feiten(String zaakId) {
        Map<String, Rij> laatsteGesprek = laatstePerLid(gesprekken(zaakId).rijen());
        List<Rij> oordelen = new ArrayList<>(inschattingen(zaakId).rijen());
        Set<String> ingeschat = oordelen.stream().map(inschatting -> inschatting.tekst("lid_id"))
                .collect(Collectors.toSet());
        oordelen.addAll(evaluatieoordelen(zaakId).rijen());
        Map<String, Rij> laatsteInschatting = laatstePerLid(inschattingen(zaakId).rijen());
        Map<String, Rij> laatsteOordeel = laatstePerLid(oordelen);
        List<Rij> leden = gezinsleden(zaakId).rijen();
        Map<String, Rij> gematcht = gematcht(zaakId, leden);
        List<GenoemdGezinslid> genoemd = genoemdeLeden(genoemd(zaakId).rijen());
        long nietGeregistreerd = genoemd.stream().filter(lid -> !gematcht.containsKey(lid.persoonId())).count();
        // as Intake: a named child counts only as a gezinslid registered (or coupled) as KIND
        long genoemdKindNietGeregistreerd = genoemd.stream().filter(lid -> lid.rol() == GezinslidRol.KIND)
                .filter(lid -> !gematcht.containsKey(lid.persoonId())
                        || !GezinslidRol.KIND.name().equals(gematcht.get(lid.persoonId()).tekst("rol")))
                .count();
        int onveilig = 0;
        Instant oudsteOordeelOp = null;
        long zonderGesprek = 0;
        long kindNietGesproken = 0;
        long kindZonderInschatting = 0;
        long nietOverAlleOuders = 0;
        Set<String> ouders = leden.stream().filter(lid -> OUDERS.contains(lid.tekst("rol")))
                .map(lid -> lid.tekst("lid_id")).collect(Collectors.toSet());
        for (Rij lid : leden) {
            String lidId = lid.tekst("lid_id");
            Rij gesprek = laatsteGesprek.get(lidId);
            if (gesprek == null) {
                zonderGesprek++;
            }
            if (!GezinslidRol.KIND.name().equals(lid.tekst("rol"))) {
                continue;
            }
            Rij oordeel = laatsteOordeel.get(lidId);
            if (oordeel != null && Veiligheidsoordeel.ONVEILIG.name().equals(oordeel.tekst("oordeel"))) {
                onveilig++;
            }
            // an evaluation recorded before its moment was kept has none: it does not count here
            Instant geoordeeldOp = oordeel == null ? null : oordeel.moment("vastgelegd_op");
            if (geoordeeldOp != null && (oudsteOordeelOp == null || geoordeeldOp.isBefore(oudsteOordeelOp))) {
                oudsteOordeelOp = geoordeeldOp;
            }
            if (gesprek == null || !gesprek.waar("gesproken")) {
                kindNietGesproken++;
            }
            if (!ingeschat.contains(lidId)) {
                kindZonderInschatting++;
            } else if (!lidIds(laatsteInschatting.get(lidId).tekst("volwassenen")).containsAll(ouders)) {
                nietOverAlleOuders++;
            }
        }
        boolean inBehandeling = intakeZaak(zaakId).vind(zaakId).map(zaak -> zaak.waar("in_behandeling"))
                .orElse(false);
        Rij getoond = overzicht(zaakId).vind(zaakId).orElse(null);
        boolean zrmStart = zrms(zaakId).rijen().stream()
                .anyMatch(zrm -> ZrmMoment.START.name().equals(zrm.tekst("moment")));
        // issue 14 point 1: a person Veilig Thuis named and the team has not registered has had no conversation yet
        return new Feiten(inBehandeling, getoond, onveilig, leden.size(), zonderGesprek + nietGeregistreerd,
                kindNietGesproken + genoemdKindNietGeregistreerd, kindZonderInschatting + genoemdKindNietGeregistreerd,
                zrmStart, oudsteOordeelOp, nietOverAlleOuders);
    }

    /** A comma-joined list of lidIds; none for an assessment stored before the adults were recorded. */
    private static List<String> lidIds(String lijst) {
        return lijst == null || lijst.isEmpty() ? List.of() : List.of(lijst.split(","));
    }

    /** Per lid_id the row with the highest volgnummer. */
    private static Map<String, Rij> laatstePerLid(List<Rij> rijen) {
        return rijen.stream().collect(Collectors.toMap(rij -> rij.tekst("lid_id"), rij -> rij,
                BinaryOperator.maxBy(Comparator.comparing((Rij rij) -> rij.lang("volgnummer")))));
    }

    private Partitie intakeZaak(String zaakId) {
        return leesmodel.partitie("intake_zaak", zaakId);
    }

    private Partitie overzicht(String zaakId) {
        return leesmodel.partitie("zaak_overzicht", zaakId);
    }

    private Partitie gezinsleden(String zaakId) {
        return leesmodel.partitie("intake_gezinslid", zaakId);
    }

    private Partitie gesprekken(String zaakId) {
        return leesmodel.partitie("intake_gesprek", zaakId);
    }

    private Partitie inschattingen(String zaakId) {
        return leesmodel.partitie("intake_veiligheidsinschatting", zaakId);
    }

    private Partitie evaluatieoordelen(String zaakId) {
        return leesmodel.partitie("intake_evaluatieoordeel", zaakId);
    }

    /** Each person once, ordered by persoonId; a person named a child by any handover is a child (as in Intake). */
    private static List<GenoemdGezinslid> genoemdeLeden(List<Rij> rijen) {
        return GenoemdGezinslid.lijst(rijen.stream()
                .sorted(Comparator.comparing((Rij rij) -> rij.tekst("persoon_id")))
                .map(rij -> new GenoemdGezinslid(rij.tekst("persoon_id"), GezinslidRol.valueOf(rij.tekst("rol"))))
                .toList());
    }

    /**
     * Per named persoonId the gezinslid it is, as Intake decides it: the one the team coupled it to, else the one
     * registered with its persoonId; absent when neither.
     */
    private Map<String, Rij> gematcht(String zaakId, List<Rij> leden) {
        Map<String, Rij> perLid = new LinkedHashMap<>();
        leden.forEach(lid -> perLid.put(lid.tekst("lid_id"), lid));
        Map<String, Rij> gematcht = new LinkedHashMap<>();
        leden.stream().sorted(Comparator.comparing((Rij lid) -> lid.tekst("lid_id")))
                .filter(lid -> lid.tekst("persoon_id") != null)
                .forEach(lid -> gematcht.putIfAbsent(lid.tekst("persoon_id"), lid));
        koppelingen(zaakId).rijen().forEach(koppeling -> {
            Rij lid = perLid.get(koppeling.tekst("lid_id"));
            if (lid != null) {
                gematcht.put(koppeling.tekst("persoon_id"), lid);
            }
        });
        return gematcht;
    }

    private Partitie koppelingen(String zaakId) {
        return leesmodel.partitie("intake_genoemd_koppeling", zaakId);
    }

    private Partitie genoemd(String zaakId) {
        return leesmodel.partitie("intake_genoemd_lid", zaakId);
    }

    private Partitie zrms(String zaakId) {
        return leesmodel.partitie("intake_zrm", zaakId);
    }

    private Partitie analyses(String zaakId) {
        return leesmodel.partitie("intake_leefgebiedenanalyse", zaakId);
    }

    /**
     * What the intake's signals and the overview's unsafe children and oldest oordeel follow from, for one zaak;
     * {@code getoond} is the overview's row as it stands, null when the zaak has none.
     */
    private record Feiten(boolean inBehandeling, Rij getoond, int onveilig, long leden, long zonderGesprek,
                          long kindNietGesproken, long kindZonderInschatting, boolean zrmStart,
                          Instant oudsteOordeelOp, long nietOverAlleOuders) {
    }

    /** An erased analysis reads as no findings at all, which EnumMap's copy constructor refuses. */
    private static Map<Leefgebied, String> bevindingen(String json) {
        Map<Leefgebied, String> bevindingen = new EnumMap<>(Leefgebied.class);
        bevindingen.putAll(JSON.readValue(json, BEVINDINGEN));
        return bevindingen;
    }

    private Medewerker medewerker(ResultSet rs) throws SQLException {
        String naam = rs.getString("medewerker_naam");
        return naam == null ? null : new Medewerker(versleuteling.ontsleutel(naam),
                versleuteling.ontsleutel(rs.getString("medewerker_telefoon")));
    }

    private String naam(String gezinId, Medewerker medewerker) {
        return medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.naam());
    }

    private String telefoon(String gezinId, Medewerker medewerker) {
        return medewerker == null ? null : versleuteling.versleutel(gezinId, medewerker.telefoon());
    }

    private static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date datum = rs.getDate(kolom);
        return datum == null ? null : datum.toLocalDate();
    }
}
