package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import nl.veiligthuis.keten.platform.leesmodel.Partitie;
import nl.veiligthuis.keten.platform.leesmodel.Rij;
import nl.veiligthuis.keten.platform.privacy.Leesmodelversleuteling;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.Signalering;
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

/**
 * The ondersteuningsplan per zaak (R12) and its signals and term. ONDERSTEUNINGSPLAN_TER_BEOORDELING and ONDERSTEUNINGSPLAN_TERUGGESTUURD are
 * derived from the latest version of this plan only.
 */
@Component
@ProcessingGroup(ZaakdossierDigest.GROEP)
public class OndersteuningsplanProjection {

    /** The tables this projection writes, in the order its reset empties them; compared by a herbouw (R19). */
    static final List<String> TABELLEN = List.of("ondersteuningsplan", "ondersteuningsplan_doel",
            "ondersteuningsplan_actie", "ondersteuningsplan_beoordeling", "ondersteuningsplan_evaluatie",
            "ondersteuningsplan_evaluatie_doel", "procesbespreking", "familiegroepsplan_aanbod");

    @Bean
    static ProjectieDigest zaakdossierOndersteuningsplan() {
        return ZaakdossierDigest.deel(TABELLEN);
    }

    static final String TERMIJN = "PROCESBESPREKING";
    private static final List<Signaal> SIGNALEN = List.of(Signaal.GEEN_ONDERSTEUNINGSPLAN,
            Signaal.ONDERSTEUNINGSPLAN_TER_BEOORDELING, Signaal.ONDERSTEUNINGSPLAN_TERUGGESTUURD,
            Signaal.PROCESBESPREKING_GEMIST);

    private final JdbcClient jdbc;
    private final Leesmodel leesmodel;
    private final Signalering signalering;
    private final Leesmodelversleuteling versleuteling;

    public OndersteuningsplanProjection(JdbcClient jdbc, Leesmodel leesmodel, Signalering signalering,
                                        Leesmodelversleuteling versleuteling) {
        this.jdbc = jdbc;
        this.leesmodel = leesmodel;
        this.signalering = signalering;
        this.versleuteling = versleuteling;
    }

    @EventHandler
    void on(OverdrachtGeaccepteerd event) {
        Instant uiterlijk = Ondersteuningsplan.procesbesprekingUiterlijkOp(event.geaccepteerdOp());
        procesbespreking(event.zaakId()).voegToe(Rij.leeg().met("uiterlijk_op", uiterlijk));
        signalering.termijn(event.zaakId(), TERMIJN, uiterlijk);
        signalering.zet(event.zaakId(), Signaal.GEEN_ONDERSTEUNINGSPLAN, event.geaccepteerdOp());
    }

    @EventHandler
    void on(OndersteuningsplanOpgesteld event) {
        String gezinId = event.gezinId();
        plannen(event.zaakId()).voegToe(Rij.leeg()
                .met("versie", event.versie())
                .met("perspectief", versleuteling.versleutel(gezinId, event.perspectief()))
                .met("opgesteld_met", event.opgesteldMet())
                .met("medewerker_naam", versleuteling.versleutel(gezinId, event.medewerker().naam()))
                .met("medewerker_telefoon", versleuteling.versleutel(gezinId, event.medewerker().telefoon()))
                .met("opgesteld_op", event.opgesteldOp())
                .met("status", PlanStatus.CONCEPT_TER_BEOORDELING));
        Partitie doelen = doelen(event.zaakId());
        for (Doel doel : event.doelen()) {
            doelen.voegToe(Rij.leeg()
                    .met("versie", event.versie())
                    .met("prioriteit", doel.prioriteit())
                    .met("omschrijving", versleuteling.versleutel(gezinId, doel.omschrijving()))
                    .met("beoogd_resultaat", versleuteling.versleutel(gezinId, doel.beoogdResultaat())));
        }
        Partitie acties = acties(event.zaakId());
        for (int i = 0; i < event.acties().size(); i++) {
            Actie actie = event.acties().get(i);
            acties.voegToe(Rij.leeg()
                    .met("versie", event.versie())
                    .met("volgnummer", i + 1)
                    .met("partij", actie.partij())
                    .met("partij_naam", versleuteling.versleutel(gezinId, actie.partijNaam()))
                    .met("omschrijving", versleuteling.versleutel(gezinId, actie.omschrijving()))
                    .met("doel_prioriteit", actie.doelPrioriteit()));
        }
        signalering.hefOp(event.zaakId(), Signaal.GEEN_ONDERSTEUNINGSPLAN);
        werkBeoordelingssignalenBij(event.zaakId(), event.opgesteldOp());
    }

    @EventHandler
    void on(OndersteuningsplanBeoordeeld event) {
        beoordelingen(event.zaakId()).voegToe(Rij.leeg()
                .met("versie", event.versie())
                .met("besluit", event.besluit())
                .met("opmerkingen", versleuteling.versleutel(event.gezinId(), event.opmerkingen()))
                .met("teamleider_naam", versleuteling.versleutel(event.gezinId(), event.teamleider().naam()))
                .met("beoordeeld_op", event.beoordeeldOp()));
        PlanStatus status = event.besluit() == Beoordeling.GOEDGEKEURD
                ? PlanStatus.GOEDGEKEURD : PlanStatus.TERUGGESTUURD;
        plannen(event.zaakId()).wijzig(plan -> plan.met("status", status), event.zaakId(), event.versie());
        werkBeoordelingssignalenBij(event.zaakId(), event.beoordeeldOp());
    }

    @EventHandler
    void on(OndersteuningsplanGeevalueerd event, @SequenceNumber long volgnummer) {
        evaluaties(event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("versie", event.versie())
                .met("samen_met_gezin", event.samenMetGezin())
                .met("bijstelling", versleuteling.versleutel(event.gezinId(), event.bijstelling()))
                .met("medewerker_naam", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("geevalueerd_op", event.geevalueerdOp()));
        Partitie doelen = evaluatieDoelen(event.zaakId());
        for (DoelEvaluatie doel : event.doelen()) {
            doelen.voegToe(Rij.leeg()
                    .met("volgnummer", volgnummer)
                    .met("prioriteit", doel.prioriteit())
                    .met("stand", doel.stand())
                    .met("toelichting", versleuteling.versleutel(event.gezinId(), doel.toelichting())));
        }
    }

    @EventHandler
    void on(ProcesbesprekingTermijnVerstreken event) {
        procesbespreking(event.zaakId()).wijzig(bespreking -> bespreking.met("verstreken_op", event.vastgesteldOp()),
                event.zaakId());
        signalering.zet(event.zaakId(), Signaal.PROCESBESPREKING_GEMIST, event.vastgesteldOp());
    }

    @EventHandler
    void on(ProcesbesprekingGehouden event) {
        procesbespreking(event.zaakId()).wijzig(bespreking -> bespreking
                .met("gehouden_op", event.gehoudenOp())
                .met("op_tijd", event.opTijd())
                .met("uitkomst", versleuteling.versleutel(event.gezinId(), event.uitkomst()))
                .met("medewerker_naam", versleuteling.versleutel(event.gezinId(), event.medewerker().naam())),
                event.zaakId());
        signalering.termijnVervalt(event.zaakId(), TERMIJN);
        signalering.hefOp(event.zaakId(), Signaal.PROCESBESPREKING_GEMIST);
    }

    @EventHandler
    void on(FamiliegroepsplanAangeboden event, @SequenceNumber long volgnummer) {
        leesmodel.partitie("familiegroepsplan_aanbod", event.zaakId()).voegToe(Rij.leeg()
                .met("volgnummer", volgnummer)
                .met("aangeboden_op", event.aangebodenOp())
                .met("antwoord", event.antwoord())
                .met("toelichting", versleuteling.versleutel(event.gezinId(), event.toelichting()))
                .met("medewerker_naam", versleuteling.versleutel(event.gezinId(), event.medewerker().naam()))
                .met("vastgelegd_op", event.vastgelegdOp()));
    }

    /** Returned to Veilig Thuis, the zaak asks nothing of the team any more; the history stays readable. */
    @EventHandler
    void on(ZaakTeruggemeld event) {
        SIGNALEN.forEach(signaal -> signalering.hefOp(event.zaakId(), signaal));
        signalering.termijnVervalt(event.zaakId(), TERMIJN);
    }

    private Partitie plannen(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan", zaakId);
    }

    private Partitie doelen(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan_doel", zaakId);
    }

    private Partitie acties(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan_actie", zaakId);
    }

    private Partitie beoordelingen(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan_beoordeling", zaakId);
    }

    private Partitie evaluaties(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan_evaluatie", zaakId);
    }

    private Partitie evaluatieDoelen(String zaakId) {
        return leesmodel.partitie("ondersteuningsplan_evaluatie_doel", zaakId);
    }

    private Partitie procesbespreking(String zaakId) {
        return leesmodel.partitie("procesbespreking", zaakId);
    }

    @ResetHandler
    void reset() {
        TABELLEN.forEach(tabel -> jdbc.sql("DELETE FROM " + tabel).update());
        signalering.vergeet(SIGNALEN);
        signalering.vergeetTermijnen(List.of(TERMIJN));
    }

    @QueryHandler
    Optional<OndersteuningsplanOverzicht> handle(HaalOndersteuningsplanOp query) {
        String zaakId = query.zaakId();
        boolean bekend = jdbc.sql("SELECT count(*) FROM zaak_overzicht WHERE zaak_id = ?").param(zaakId)
                .query(Long.class).single() > 0;
        if (!bekend) {
            return Optional.empty();
        }
        PlanVersie huidig = jdbc.sql("SELECT * FROM ondersteuningsplan WHERE zaak_id = ? ORDER BY versie DESC LIMIT 1")
                .param(zaakId)
                .query((rs, row) -> new PlanVersie(rs.getInt("versie"), PlanStatus.valueOf(rs.getString("status")),
                        versleuteling.ontsleutel(rs.getString("perspectief")),
                        OpgesteldMet.valueOf(rs.getString("opgesteld_met")), List.of(), List.of(),
                        versleuteling.ontsleutel(rs.getString("medewerker_naam")),
                        rs.getTimestamp("opgesteld_op").toInstant()))
                .optional().map(versie -> metDoelenEnActies(zaakId, versie)).orElse(null);
        Integer goedgekeurd = jdbc.sql("SELECT max(versie) FROM ondersteuningsplan WHERE zaak_id = ? AND status = ?")
                .params(zaakId, PlanStatus.GOEDGEKEURD.name())
                .query(Integer.class).list().stream().filter(Objects::nonNull).findFirst().orElse(null);
        List<PlanBeoordeling> beoordelingen = jdbc.sql(
                        "SELECT * FROM ondersteuningsplan_beoordeling WHERE zaak_id = ? ORDER BY versie")
                .param(zaakId)
                .query((rs, row) -> new PlanBeoordeling(rs.getInt("versie"),
                        Beoordeling.valueOf(rs.getString("besluit")),
                        versleuteling.ontsleutel(rs.getString("opmerkingen")),
                        versleuteling.ontsleutel(rs.getString("teamleider_naam")),
                        rs.getTimestamp("beoordeeld_op").toInstant()))
                .list();
        List<PlanEvaluatie> evaluaties = jdbc.sql(
                        "SELECT * FROM ondersteuningsplan_evaluatie WHERE zaak_id = ? ORDER BY volgnummer")
                .param(zaakId)
                .query((rs, row) -> new PlanEvaluatie(rs.getInt("versie"), doelEvaluaties(zaakId,
                        rs.getLong("volgnummer")), rs.getBoolean("samen_met_gezin"),
                        versleuteling.ontsleutel(rs.getString("bijstelling")),
                        versleuteling.ontsleutel(rs.getString("medewerker_naam")),
                        rs.getTimestamp("geevalueerd_op").toInstant()))
                .list();
        ProcesbesprekingTermijn procesbespreking = jdbc.sql("SELECT * FROM procesbespreking WHERE zaak_id = ?")
                .param(zaakId)
                .query((rs, row) -> procesbespreking(rs))
                .optional().orElse(null);
        List<FamiliegroepsplanAanbod> aanbod = jdbc.sql(
                        "SELECT * FROM familiegroepsplan_aanbod WHERE zaak_id = ? ORDER BY volgnummer")
                .param(zaakId)
                .query((rs, row) -> new FamiliegroepsplanAanbod(rs.getObject("aangeboden_op", LocalDate.class),
                        FamiliegroepsplanAntwoord.valueOf(rs.getString("antwoord")),
                        versleuteling.ontsleutel(rs.getString("toelichting")),
                        versleuteling.ontsleutel(rs.getString("medewerker_naam")),
                        rs.getTimestamp("vastgelegd_op").toInstant()))
                .list();
        return Optional.of(new OndersteuningsplanOverzicht(zaakId, huidig, goedgekeurd, beoordelingen, evaluaties,
                procesbespreking, aanbod));
    }

    /** The shared review signals follow the latest version of this plan: waiting, or sent back. */
    private void werkBeoordelingssignalenBij(String zaakId, Instant sinds) {
        PlanStatus laatste = plannen(zaakId).rijen().stream()
                .max(Comparator.comparing(plan -> plan.geheel("versie")))
                .map(plan -> plan.soort("status", PlanStatus.class))
                .orElseThrow();
        signalering.zetOfHefOp(zaakId, Signaal.ONDERSTEUNINGSPLAN_TER_BEOORDELING,
                laatste == PlanStatus.CONCEPT_TER_BEOORDELING, sinds);
        signalering.zetOfHefOp(zaakId, Signaal.ONDERSTEUNINGSPLAN_TERUGGESTUURD, laatste == PlanStatus.TERUGGESTUURD,
                sinds);
    }

    private PlanVersie metDoelenEnActies(String zaakId, PlanVersie versie) {
        List<Doel> doelen = jdbc.sql(
                        "SELECT * FROM ondersteuningsplan_doel WHERE zaak_id = ? AND versie = ? ORDER BY prioriteit")
                .params(zaakId, versie.versie())
                .query((rs, row) -> new Doel(rs.getInt("prioriteit"),
                        versleuteling.ontsleutel(rs.getString("omschrijving")),
                        versleuteling.ontsleutel(rs.getString("beoogd_resultaat"))))
                .list();
        List<Actie> acties = jdbc.sql(
                        "SELECT * FROM ondersteuningsplan_actie WHERE zaak_id = ? AND versie = ? ORDER BY volgnummer")
                .params(zaakId, versie.versie())
                .query((rs, row) -> new Actie(Partij.valueOf(rs.getString("partij")),
                        versleuteling.ontsleutel(rs.getString("partij_naam")),
                        versleuteling.ontsleutel(rs.getString("omschrijving")), rs.getInt("doel_prioriteit")))
                .list();
        return new PlanVersie(versie.versie(), versie.status(), versie.perspectief(), versie.opgesteldMet(), doelen,
                acties, versie.opgesteldDoor(), versie.opgesteldOp());
    }

    private List<DoelEvaluatie> doelEvaluaties(String zaakId, long volgnummer) {
        return jdbc.sql("""
                        SELECT * FROM ondersteuningsplan_evaluatie_doel WHERE zaak_id = ? AND volgnummer = ?
                        ORDER BY prioriteit""")
                .params(zaakId, volgnummer)
                .query((rs, row) -> new DoelEvaluatie(rs.getInt("prioriteit"), Stand.valueOf(rs.getString("stand")),
                        versleuteling.ontsleutel(rs.getString("toelichting"))))
                .list();
    }

    private ProcesbesprekingTermijn procesbespreking(ResultSet rs) throws SQLException {
        Instant gehoudenOp = moment(rs, "gehouden_op");
        Instant verstrekenOp = moment(rs, "verstreken_op");
        boolean opTijd = rs.getBoolean("op_tijd");
        return new ProcesbesprekingTermijn(rs.getTimestamp("uiterlijk_op").toInstant(),
                verstrekenOp != null && gehoudenOp == null, verstrekenOp, gehoudenOp,
                gehoudenOp == null ? null : opTijd, versleuteling.ontsleutel(rs.getString("uitkomst")),
                versleuteling.ontsleutel(rs.getString("medewerker_naam")));
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp moment = rs.getTimestamp(kolom);
        return moment == null ? null : moment.toInstant();
    }
}
